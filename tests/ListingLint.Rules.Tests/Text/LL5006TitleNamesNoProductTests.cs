using ListingLint.Diagnostics;
using ListingLint.Rules.Text;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Text;

public class LL5006TitleNamesNoProductTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL5006TitleNamesNoProduct>();

    [Theory]
    [InlineData("HOT SALE 2025 NEW!!!")]
    [InlineData("Untitled product")]
    [InlineData("Default Title")]
    [InlineData("SKU-88231 A12")]
    [InlineData("")]
    public void NothingThatNamesAnItem_FiresAsWarning(string title) =>
        Tester.Fires($$"""{ "id": "t", "title": "{{title}}" }""", "LL5006", "/title", Severity.Warning);

    [Fact]
    public void MissingTitle_Fires_SayingItIsEmpty() =>
        Assert.Contains("is empty", Tester.Fires("""{ "id": "t", "brand": "Acme" }""", "LL5006", "/title", Severity.Warning)[0].Message);

    [Fact]
    public void BrandAndModelOnly_FiresAsInfo() =>
        Tester.Fires("""{ "id": "t", "title": "Realme XT", "brand": "Realme" }""", "LL5006", "/title", Severity.Info);

    [Theory]
    [InlineData("Kiwi")]
    [InlineData("iPhone 15 Pro Max 256GB")]
    [InlineData("Hot Sale Women Casual Sneakers")]
    [InlineData("Beanie")]
    public void TitleWithAProductWord_Quiet(string title) => Tester.Quiet($$"""{ "id": "t", "title": "{{title}}" }""");
}
