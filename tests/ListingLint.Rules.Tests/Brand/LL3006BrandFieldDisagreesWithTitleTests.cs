using ListingLint.Diagnostics;
using ListingLint.Rules.Brand;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Brand;

public class LL3006BrandFieldDisagreesWithTitleTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL3006BrandFieldDisagreesWithTitle>();

    [Fact]
    public void OtherRegistryBrandInTitle_FiresAtBrandField()
    {
        var found = Tester.Fires("""{ "id": "1", "title": "Adidas Ultraboost 22 Running Shoes Men", "brand": "Nike" }""", "LL3006", "/brand", Severity.Warning);
        Assert.Equal("Nike", found[0].Evidence["brandField"]);
        Assert.Equal("Adidas Ultraboost", found[0].Evidence["titleBrand"]);
    }

    [Fact]
    public void UnknownStoreBrandUnderFamousTitleBrand_FiresAtAttribute()
    {
        Tester.Fires("""
            { "id": "1", "title": "Chanel No 5 Eau de Parfum 100ml Women", "attributes": [ { "name": "Brand Name", "value": "YUEMEI" } ] }
            """, "LL3006", "/attributes/0/value");
    }

    [Theory]
    [InlineData("TREKVANA 2 Person Backpacking Tent Ultralight Waterproof", "Hikeora", "TREKVANA")]
    [InlineData("LUXENDA Smart LED Desk Lamp Wireless Charger Clock Display", "Brightnook", "LUXENDA")]
    public void UnknownCapitalisedTitleBrandAgainstAnotherUnknownBrandField_Fires(string title, string brand, string titleBrand)
    {
        var found = Tester.Fires($$"""{ "id": "1", "title": "{{title}}", "brand": "{{brand}}" }""", "LL3006", "/brand", Severity.Warning);
        Assert.Equal(titleBrand, found[0].Evidence["titleBrand"]);
    }

    [Theory]
    [InlineData("LUMIVARA Smart LED Bulb E27 9W RGBCW", "Lumivara")]
    [InlineData("KORVANA Hiking Backpack 40L", "Korvana Outdoor Store")]
    [InlineData("WOMEN Summer Floral Dress Short Sleeve", "Zanzea")]
    [InlineData("SUPER SOFT Fleece Throw Blanket", "Cozyland")]
    [InlineData("HEPA Air Purifier Filter H13", "Purifo")]
    [InlineData("LUXURY Velvet Sofa Cover Stretch", "Homelux")]
    [InlineData("TREKVANA 2 Person Backpacking Tent", "Generic")]
    public void CapitalisedFirstWordThatIsTheBrandOrAWord_Quiet(string title, string brand) =>
        Tester.Quiet($$"""{ "id": "1", "title": "{{title}}", "brand": "{{brand}}" }""");

    [Theory]
    [InlineData("AirPods Pro 2nd Generation with MagSafe Charging Case", "Apple")]
    [InlineData("Redmi Note 13 Pro 5G Smartphone 8GB 256GB", "Xiaomi")]
    [InlineData("Spigen Ultra Hybrid Case for Samsung Galaxy S24", "Spigen")]
    [InlineData("Camera Housing Case for GoPro HERO12 11 10", "Telesin")]
    [InlineData("Lego Technic Lamborghini Sian Building Set", "LEGO")]
    [InlineData("Nike Air Max 90 Running Shoes", "None")]
    [InlineData("Oversized Hoodie Men Streetwear Cotton Pullover", "Guess")]
    public void AgreeingOrNoTitleBrand_Quiet(string title, string brand)
    {
        Tester.Quiet($$"""{ "id": "1", "title": "{{title}}", "brand": "{{brand}}" }""");
    }
}
