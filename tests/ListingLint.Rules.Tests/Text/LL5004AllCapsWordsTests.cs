using ListingLint.Rules.Text;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Text;

public class LL5004AllCapsWordsTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL5004AllCapsWords>();

    private static string Listing(string title, string brand = "") => $$"""{ "id": "t", "title": "{{title}}", "brand": "{{brand}}" }""";

    [Theory]
    [InlineData("NEW WOMEN SUMMER FLORAL DRESS Short Sleeve Beach", "NEW, WOMEN, SUMMER, FLORAL, DRESS")]
    [InlineData("SUPER SOFT Fleece Throw Blanket 130x150cm Warm COZY Plush Blanket", "SUPER, SOFT, COZY")]
    [InlineData("Men Running Shoes SUPER LIGHT BREATHABLE Sneakers", "SUPER, LIGHT, BREATHABLE")]
    [InlineData("HOT SALE 2025 NEW", "HOT, SALE, NEW")]
    public void ShoutedWords_Fire(string title, string words)
    {
        var found = Tester.Fires(Listing(title), "LL5004", "/title");
        Assert.Equal(words, found[0].Evidence["words"]);
    }

    [Theory]
    [InlineData("USB C HDMI Hub 4K 60Hz LED Indicator PD 100W Adapter")]
    [InlineData("DEWALT DCD805 20V Brushless Impact Drill Cordless")]
    [InlineData("Power Drill Cordless: DEKO Pink Cordless Drill 20V")]
    [InlineData("Dodge Durango SXT RWD")]
    [InlineData("LYUWO MINI Action Camera 4K Waterproof")]
    [InlineData("HSS Cobalt Drill Bit Set for CNC and DIY PCB Work")]
    public void AcronymsBrandsAndModelCodes_Quiet(string title) => Tester.Quiet(Listing(title));

    [Fact]
    public void BrandFieldInCapitals_DoesNotCount() =>
        Tester.Quiet(Listing("Cordless Drill LYUWO Brushless BOSCH Battery", "LYUWO"));

    [Fact]
    public void AllowedWordsOption()
    {
        var tester = RuleTester.For<LL5004AllCapsWords>("""{ "rules": { "LL5004": { "allowedWords": ["SUPER", "LIGHT"] } } }""");
        tester.Quiet(Listing("Men Running Shoes SUPER LIGHT BREATHABLE Sneakers"));
    }
}
