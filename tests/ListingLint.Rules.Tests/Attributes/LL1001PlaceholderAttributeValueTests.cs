using ListingLint.Diagnostics;
using ListingLint.Rules.Attributes;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Attributes;

public class LL1001PlaceholderAttributeValueTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL1001PlaceholderAttributeValue>();

    [Theory]
    [InlineData("as picture")]
    [InlineData("As Pictures")]
    [InlineData("See description")]
    [InlineData("NoEnName_Null")]
    [InlineData("N/A")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("--")]
    public void StrongPlaceholderInAttribute_FiresAsWarning(string value)
    {
        var json = $$"""{ "id": "1", "title": "Cotton T-shirt", "attributes": { "Color": "{{value}}" } }""";
        Tester.Fires(json, "LL1001", "/attributes/Color", Severity.Warning);
    }

    [Theory]
    [InlineData("Other")]
    [InlineData("Mixed colors")]
    [InlineData("Random")]
    public void WeakPlaceholder_FiresAsInfo(string value)
    {
        var json = $$"""{ "id": "1", "title": "Cotton T-shirt", "attributes": [ { "name": "Material", "value": "{{value}}" } ] }""";
        Tester.Fires(json, "LL1001", "/attributes/0/value", Severity.Info);
    }

    [Fact]
    public void PlaceholderInVariantOption_FiresAtTheOption()
    {
        const string json = """
            { "id": "1", "title": "Phone case",
              "variants": [ { "sku": "A", "options": { "Color": "Black" } }, { "sku": "B", "options": { "Color": "as picture" } } ] }
            """;
        var found = Tester.Fires(json, "LL1001", "/variants/1/options/Color");
        Assert.Equal((2, 102), (found[0].Location.Line, found[0].Location.Column));
        Assert.Equal("as picture", found[0].Evidence["value"]);
    }

    [Theory]
    [InlineData("Black")]
    [InlineData("One Size")]
    [InlineData("Free Size")]
    [InlineData("Multicolor")]
    [InlineData("None")]
    [InlineData("Picture frame")]
    [InlineData("Other side printed")]
    public void RealValues_Quiet(string value)
    {
        Tester.Quiet($$"""{ "id": "1", "title": "Scarf", "attributes": { "Size": "{{value}}" } }""");
    }

    [Fact]
    public void AllowedValueOption_Quiet()
    {
        var tester = RuleTester.For<LL1001PlaceholderAttributeValue>("""{ "rules": { "LL1001": { "allowedValues": ["Other"] } } }""");
        tester.Quiet("""{ "id": "1", "title": "Bag", "attributes": { "Material": "Other" } }""");
    }

    [Fact]
    public void SuppressedWithJustification_IsMarkedSuppressed()
    {
        const string json = """
            { "id": "1", "title": "Bag", "attributes": { "Material": "Other" },
              "listinglint": { "suppress": [ { "id": "LL1001", "justification": "marketplace enum has no closer value" } ] } }
            """;
        var found = Tester.Fires(json, "LL1001");
        Assert.Equal(SuppressionKind.InSource, found[0].Suppression);
    }

    [Theory]
    [InlineData("Brand Name", "NoEnName_Null")]
    [InlineData("Brand", "None")]
    [InlineData("brand name", "N/A")]
    public void BrandAttributeSayingUnbranded_Quiet(string name, string value) =>
        Tester.Quiet($$"""{ "id": "1", "title": "Cotton T-shirt", "attributes": { "{{name}}": "{{value}}", "Material": "Cotton" } }""");

    [Fact]
    public void PlatformNullInAnotherAttribute_StillFires() =>
        Tester.Fires("""{ "id": "1", "title": "Cotton T-shirt", "attributes": { "Brand Name": "NoEnName_Null", "Closure Type": "NoEnName_Null" } }""",
            "LL1001", "/attributes/Closure Type", Severity.Warning);
}
