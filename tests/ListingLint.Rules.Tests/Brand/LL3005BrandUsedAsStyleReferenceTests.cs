using ListingLint.Diagnostics;
using ListingLint.Rules.Brand;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Brand;

public class LL3005BrandUsedAsStyleReferenceTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL3005BrandUsedAsStyleReference>();

    [Theory]
    [InlineData("Men's Sneakers Nike Air Max Style Cushion Running Shoes", "Nike Air Max", "Style")]
    [InlineData("Luxury Women Handbag Louis Vuitton Inspired Monogram Tote", "Louis Vuitton", "Inspired")]
    [InlineData("Elegant Pearl Earrings Inspired by Chanel Double C", "Chanel", "Inspired by")]
    [InlineData("Dyson Supersonic Style Hair Dryer 1800W Negative Ion", "Dyson Supersonic", "Style")]
    [InlineData("5 in 1 Hot Air Styler Airwrap Dupe High Speed Hair Dryer Brush", "Airwrap", "Dupe")]
    [InlineData("Automatic Diver Watch Rolex Homage Sapphire Crystal", "Rolex", "Homage")]
    [InlineData("Women Oversized Sunglasses Square Frame UV400 Celine Dupe", "Celine", "Dupe")]
    [InlineData("Rouge 540 Dupe Perfume Eau de Parfum 50ml Inspired by Baccarat Rouge Luxury Scent", "Baccarat Rouge", "Inspired by")]
    public void StyleReferenceInTitle_FiresAsError(string title, string matched, string cue)
    {
        var found = Tester.Fires($$"""{ "id": "1", "title": "{{title}}", "brand": "None" }""", "LL3005", "/title", Severity.Error);
        Assert.Equal(matched, found[0].Evidence["matched"]);
        Assert.Equal(cue, found[0].Evidence["cue"]);
        Assert.Equal("a style reference", found[0].Evidence["use"]);
    }

    [Theory]
    [InlineData("1:1 Replica Rolex Submariner Automatic Mens Watch", "1:1")]
    [InlineData("Gucci Marmont Mini Shoulder Bag Mirror Quality Genuine Leather", "Mirror Quality")]
    [InlineData("AAA Quality Air Jordan 1 Retro High OG Basketball Shoes", "AAA Quality")]
    public void CopyWordingNextToTitleBrand_Fires(string title, string cue)
    {
        var found = Tester.Fires($$"""{ "id": "1", "title": "{{title}}" }""", "LL3005", "/title");
        Assert.Equal(cue, found[0].Evidence["cue"]);
        Assert.Equal("the brand of a copy", found[0].Evidence["use"]);
    }

    [Theory]
    [InlineData("<p>Top grade 1:1 copy of the <b>Prada</b> Re-Edition bag, AAA quality.</p>", "Prada", "1:1")]
    [InlineData("Works like the Dyson Airwrap at a fraction of the price.", "Dyson", "like")]
    public void BrandBorrowedInDescription_FiresAtDescription(string description, string brand, string cue)
    {
        var json = $$"""{ "id": "1", "title": "Women Leather Crossbody Purse", "brand": "Generic", "description": "{{description}}" }""";
        var found = Tester.Fires(json, "LL3005", "/description", Severity.Error);
        Assert.Equal(brand, found[0].Evidence["brand"]);
        Assert.Equal(cue, found[0].Evidence["cue"]);
    }

    [Fact]
    public void CopyWordingBesideABrandCalledAStyle_IsAStyleReference_NotASaleAsTheBrand()
    {
        const string json = """
            { "id": "1", "title": "1:1 AAA Quality Submariner Homage Men's Automatic Diver Watch Rolex Style Green Dial", "brand": "OEM",
              "category": ["Watches", "Men's Watches"] }
            """;
        Tester.Fires(json, "LL3005", "/title");
        RuleTester.For<LL3001BrandWithoutAuthorization>().Quiet(json);
        RuleTester.For<LL3001BrandWithoutAuthorization>().Fires("""
            { "id": "1", "title": "1:1 Replica Rolex Submariner Automatic Mens Watch AAA Quality", "brand": "OEM", "category": ["Watches"] }
            """, "LL3001", "/title");
    }

    [Fact]
    public void CopyWordingWithRegistryBrandField_FiresAtBrandField()
    {
        Tester.Fires("""{ "id": "1", "title": "Women Quilted Flap Bag Chain Strap Super Fake", "brand": "Chanel" }""", "LL3005", "/brand");
    }

    [Fact]
    public void CompetitorAfterTitleBrand_FiresAsKeywordWarning()
    {
        var found = Tester.Fires("""{ "id": "1", "title": "Nike Adidas Puma Running Shoes Men Breathable", "brand": "None" }""",
            "LL3005", "/title", Severity.Warning);
        Assert.Equal("a search keyword", found[0].Evidence["use"]);
        Assert.Contains(found, d => d.Evidence["brand"] == "Adidas");
    }

    [Theory]
    [InlineData("Replacement Ear Pads for Sony WH-1000XM5 Protein Leather Cushions")]
    [InlineData("Case for iPhone 15 Pro Max Luxury Plating Soft Cover")]
    [InlineData("Building Blocks Compatible with Lego Classic Bricks")]
    [InlineData("Lego Technic Lamborghini Sian FKP 37 Building Set")]
    [InlineData("1:1 Scale Diecast Model Car Display Stand")]
    [InlineData("Movie Prop Replica Sword Stainless Steel Wall Display")]
    [InlineData("Nordic Style Ceramic Coffee Mug 350ml")]
    [InlineData("Samsung Galaxy Buds2 Pro True Wireless Earbuds")]
    [InlineData("Watch Band for Apple Watch Series 9 Sport Style Silicone Strap")]
    [InlineData("USB C Hub Type C Adapter for MacBook Pro Dell XPS Lenovo")]
    public void NotMisuse_Quiet(string title)
    {
        Tester.Quiet($$"""{ "id": "1", "title": "{{title}}" }""");
    }

    [Theory]
    [InlineData("LV Monogram Canvas Wallet Long Zipper Women Purse AAA")]
    [InlineData("Gucci Marmont Shoulder Bag AAA Leather")]
    public void BareAaaGradeAfterALuxuryBrand_Fires(string title) =>
        Tester.Fires($$"""{ "id": "1", "title": "{{title}}", "category": ["Luggage & Bags"] }""", "LL3005", "/title");

    [Theory]
    [InlineData("Panasonic Eneloop Pro AAA")]
    [InlineData("AAA Batteries 1.5V Alkaline 24 Pack")]
    [InlineData("Remote Control for Samsung TV with AAA batteries")]
    [InlineData("Duracell Plus AAA 12 Pack")]
    public void AaaAsABatterySize_Quiet(string title) =>
        Tester.Quiet($$"""{ "id": "1", "title": "{{title}}", "category": ["Consumer Electronics", "Batteries"] }""");
}
