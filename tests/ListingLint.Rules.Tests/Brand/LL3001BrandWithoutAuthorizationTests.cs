using ListingLint.Diagnostics;
using ListingLint.Rules.Brand;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Brand;

public class LL3001BrandWithoutAuthorizationTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL3001BrandWithoutAuthorization>();

    [Fact]
    public void BrandFieldWithoutAuthorization_FiresAtBrandField()
    {
        var found = Tester.Fires(
            """{ "id": "1", "title": "Nike Air Max 90 Men's Running Shoes", "brand": "Nike", "category": ["Shoes", "Sneakers"] }""",
            "LL3001", "/brand", Severity.Warning);
        Assert.Equal("Nike", found[0].Evidence["brand"]);
        Assert.Equal("brand field", found[0].Evidence["source"]);
    }

    [Fact]
    public void BrandNameAttributeWithoutAuthorization_FiresAtAttribute()
    {
        Tester.Fires(
            """{ "id": "1", "title": "Men's Leather Belt Automatic Buckle", "attributes": [ { "name": "Brand Name", "value": "Gucci" } ] }""",
            "LL3001", "/attributes/0/value");
    }

    [Theory]
    [InlineData("AirPods Pro 2 Wireless Earbuds ANC Bluetooth Headset", "Earphones & Headphones", "Apple")]
    [InlineData("1:1 Replica Rolex Submariner Automatic Mens Watch", "Men's Watches", "Rolex")]
    [InlineData("Dove Beauty Bar Soap Moisturizing Cream 4 x 90g", "Bath & Shower", "Dove")]
    [InlineData("Coach Tabby Shoulder Bag 26 Pebble Leather", "Women's Bags", "Coach")]
    [InlineData("Galaxy Buds2 Pro True Wireless Earbuds ANC Bluetooth 5.3 Graphite", "Earphones & Headphones", "Samsung")]
    public void TitleNamesRegistryBrandAsProduct_UnderGenericBrandField_FiresAtTitle(string title, string category, string brand)
    {
        var json = $$"""{ "id": "1", "title": "{{title}}", "brand": "NoEnName_Null", "category": ["{{category}}"] }""";
        var found = Tester.Fires(json, "LL3001", "/title");
        Assert.Equal(brand, found[0].Evidence["brand"]);
    }

    [Fact]
    public void AuthorizationForAnotherBrand_StillFiresForTheTitleBrand()
    {
        const string json = """
            { "id": "1", "title": "Adidas Ultraboost 22 Running Shoes", "brand": "Nike", "category": ["Shoes"],
              "brandAuthorization": { "brand": "Nike", "validUntil": "2099-12-31" } }
            """;
        var found = Tester.Fires(json, "LL3001", "/title");
        Assert.Single(found);
        Assert.Equal("Adidas", found[0].Evidence["brand"]);
    }

    [Fact]
    public void AuthorizationUnderAnAlias_Quiet()
    {
        Tester.Quiet("""
            { "id": "1", "title": "Dior Sauvage Eau de Toilette 100ml", "brand": "Dior", "category": ["Beauty & Health", "Fragrances"],
              "brandAuthorization": { "brand": "Christian Dior", "validUntil": "2099-12-31" } }
            """);
    }

    [Theory]
    [InlineData("Silicone Case for iPhone 15 Pro Max Shockproof Soft Cover")]
    [InlineData("Replacement Ear Pads for Sony WH-1000XM5 Protein Leather Cushions")]
    [InlineData("USB C Charger 65W Compatible with MacBook Pro and Samsung Galaxy S24")]
    [InlineData("Laptop Sleeve 13 inch Fits MacBook Air M2 Waterproof")]
    [InlineData("iPhone 15 Pro Max Case Magnetic Clear Shockproof")]
    [InlineData("Watch Band for Apple Watch Series 9 8 7 Sport Silicone Strap")]
    [InlineData("Tesla Model 3 Floor Mats All Weather TPE")]
    [InlineData("PS5 Controller Charging Station Dual Fast Charger")]
    [InlineData("Toner Cartridge for HP LaserJet Pro M404")]
    [InlineData("Building Blocks Compatible with Lego Classic Bricks")]
    [InlineData("Smart LED Bulb E27 9W RGBCW WiFi Dimmable Works with Alexa Google Home 4 Pack")]
    [InlineData("Dual Controller Charging Station for Xbox Series X|S and PS5 DualSense Fast Charger Dock")]
    public void CompatibilityClaims_Quiet(string title)
    {
        Tester.Quiet($$"""{ "id": "1", "title": "{{title}}", "brand": "None", "category": ["Phones & Telecommunications", "Accessories"] }""");
    }

    [Theory]
    [InlineData("Green Apple Scented Soy Candle 200g", "Home & Garden")]
    [InlineData("Dove Grey Cashmere Feel Winter Scarf", "Women's Clothing")]
    [InlineData("Natural Sea Shell Necklace Bohemian", "Jewelry & Accessories")]
    [InlineData("Coach Whistle Stainless Steel with Lanyard", "Sports & Entertainment")]
    [InlineData("Puma Plush Toy Stuffed Animal 30cm", "Toys & Hobbies")]
    [InlineData("Guess Who Board Game Classic Family Game", "Toys & Hobbies")]
    [InlineData("Gap Filler Foam Spray Sealant 500ml", "Tools")]
    [InlineData("Mango Print Summer Dress Women Beach", "Women's Clothing")]
    [InlineData("Supreme Quality Cotton Hoodie Men", "Men's Clothing")]
    [InlineData("Off White Sneakers Women Casual Platform", "Shoes")]
    [InlineData("Natural Shell Beads Kit 600pcs Amazon Green Glass Beads Fossil Fish Charms", "Beads & Jewelry Making")]
    [InlineData("Mini Tesla Coil Plasma Speaker Arc Lighter DIY Kit", "Electronic Components")]
    [InlineData("Resin Osprey Eagle Bird Figurine Garden Statue", "Home & Garden")]
    public void EverydayWordsThatAreBrands_Quiet(string title, string category)
    {
        Tester.Quiet($$"""{ "id": "1", "title": "{{title}}", "category": ["{{category}}"] }""");
    }

    [Theory]
    [InlineData("None")]
    [InlineData("NoEnName_Null")]
    [InlineData("Unbranded")]
    [InlineData("OEM")]
    [InlineData("Generic")]
    [InlineData("No Brand")]
    public void GenericBrandField_Quiet(string brand)
    {
        Tester.Quiet($$"""{ "id": "1", "title": "Wireless Earbuds Bluetooth 5.3 TWS Headphones", "brand": "{{brand}}" }""");
    }

    [Fact]
    public void StoreAuthorizationsFile_Authorizes()
    {
        using var store = new StoreFolder();
        store.Write("authorizations.json", """{ "authorizations": [ { "brand": "Louis Vuitton", "categories": ["Luggage & Bags"] } ] }""");
        var tester = RuleTester.For<LL3001BrandWithoutAuthorization>($$"""{ "authorizations": "{{store.PathOf("authorizations.json")}}" }""");
        tester.Quiet("""{ "id": "1", "title": "LV Neverfull MM Monogram Canvas Tote", "brand": "Louis Vuitton" }""");
        tester.Fires("""{ "id": "2", "title": "Gucci Marmont Shoulder Bag", "brand": "Gucci" }""", "LL3001", "/brand");
    }

    [Fact]
    public void OwnBrandOption_Quiet()
    {
        var tester = RuleTester.For<LL3001BrandWithoutAuthorization>("""{ "rules": { "LL3001": { "ownBrands": ["Yuemei"] } } }""");
        tester.Quiet("""{ "id": "1", "title": "Women Summer Floral Maxi Dress", "brand": "YUEMEI" }""");
    }

    [Fact]
    public void BrandFieldOutsideTheRegistry_IsInfo_AndOwnBrandsSilenceIt()
    {
        const string json = """{ "id": "1", "title": "Rugged Smartphone 8GB 256GB 6.5 inch", "attributes": { "Brand Name": "ZZNUOMI" }, "category": ["Mobile Phones"] }""";
        var found = Tester.Fires(json, "LL3001", "/attributes/Brand Name", Severity.Info);
        Assert.Equal("False", found[0].Evidence["registered"]);
        RuleTester.For<LL3001BrandWithoutAuthorization>("""{ "rules": { "LL3001": { "ownBrands": ["ZZNUOMI"] } } }""").Quiet(json);
    }

    [Theory]
    [InlineData("Wireless Gaming Headset with Microphone RGB Light for PC PS5")]
    [InlineData("Gaming Headset for PC, PS4, PS5, Xbox One, Nintendo Switch")]
    [InlineData("USB Charging Cable for Android and iPhone 15")]
    [InlineData("Stainless Steel Water Bottle 1L Vacuum Insulated Thermos Flask Leakproof")]
    public void CompatibilityListsAndGenericWords_Quiet(string title) =>
        Tester.Quiet($$"""{ "id": "1", "title": "{{title}}", "category": ["Consumer Electronics"] }""");

    [Fact]
    public void BrandBeforeAnUnrelatedFor_StillFires() =>
        Tester.Fires("""{ "id": "1", "title": "PS5 Slim Console Digital Edition for Family Gaming", "category": ["Video Games"] }""", "LL3001", "/title");
}
