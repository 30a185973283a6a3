using ListingLint.Diagnostics;
using ListingLint.Rules.Brand;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Brand;

public class LL3007CompatibilityClaimTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL3007CompatibilityClaim>();

    [Theory]
    [InlineData("Silicone Case for iPhone 15 Pro Max Shockproof", "iPhone", "for")]
    [InlineData("Laptop Sleeve 13 inch Fits MacBook Air M2", "MacBook", "Fits")]
    [InlineData("Building Blocks Compatible with Lego Classic Bricks", "Lego", "Compatible with")]
    [InlineData("Sony WH-1000XM5 Compatible Ear Pads Protein Leather", "Sony", "Compatible")]
    [InlineData("iPhone 15 Pro Max Case Magnetic Clear Shockproof", "iPhone", "Case")]
    [InlineData("Samsung S24 Ultra Tempered Glass Screen Protector", "Samsung", "Glass")]
    [InlineData("Selfie Ring Light Lamp with iPhone Holder", "iPhone", "with")]
    public void CompatibilityClaim_FiresAsInfo(string title, string matched, string cue)
    {
        var found = Tester.Fires($$"""{ "id": "1", "title": "{{title}}" }""", "LL3007", "/title", Severity.Info);
        Assert.Equal(matched, found[0].Evidence["matched"]);
        Assert.Equal(cue, found[0].Evidence["cue"]);
    }

    [Fact]
    public void ListAfterClaim_OneFindingPerBrand()
    {
        var found = Tester.Fires("""{ "id": "1", "title": "USB C Charger 65W Compatible with MacBook Pro and Samsung Galaxy S24, iPad Air" }""", "LL3007");
        Assert.Equal(new[] { "Apple", "Samsung" }, found.Select(d => d.Evidence["brand"]!).Order().ToArray());
    }

    [Theory]
    [InlineData("Sony WH-1000XM5 Wireless Noise Canceling Headphones")]
    [InlineData("Apple AirPods Pro 2nd Generation with MagSafe Charging Case")]
    [InlineData("Original Samsung 25W Super Fast Charger USB C Adapter")]
    [InlineData("Wireless Earbuds for Running Sport Headphones")]
    public void OwnProductOrNoBrand_Quiet(string title)
    {
        Tester.Quiet($$"""{ "id": "1", "title": "{{title}}" }""");
    }
}
