using ListingLint.Diagnostics;
using ListingLint.Rules.Variants;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Variants;

public class LL2002VariantOtherItemTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL2002VariantOtherItem>();

    private static string Listing(string title, string options, decimal price = 30m, string? variantTitle = null) => $$"""
        { "id": "x", "title": "{{title}}",
          "variants": [
            { "sku": "A", "options": { "Color": "Black" }, "price": 39.00 },
            { "sku": "B", "options": { "Color": "White" }, "price": 39.00 },
            { "sku": "C", {{(variantTitle is null ? "" : $"\"title\": \"{variantTitle}\", ")}}"options": {{options}}, "price": {{price}} } ] }
        """;

    [Theory]
    [InlineData("Robot Vacuum Cleaner 4000Pa LiDAR Navigation", "Side brush", "side brush")]
    [InlineData("Wireless Gaming Mouse 2.4G Rechargeable RGB", "Mouse pad", "mouse pad")]
    [InlineData("Automatic Espresso Coffee Machine 20 Bar", "Descaling tablets", "descaling tablet")]
    [InlineData("HEPA Air Purifier for Home Bedroom", "Replacement filter", "replacement filter")]
    [InlineData("Smartphone 6.7 inch 8GB 256GB Android", "Charging cable", "charging cable")]
    [InlineData("Wireless Over Ear Headphones Noise Cancelling", "Replacement ear pads", "ear pad")]
    [InlineData("Smart Watch Fitness Tracker Heart Rate", "Charger only", "charger")]
    [InlineData("61 Key Electronic Keyboard Piano Portable Digital Music Keyboard", "Sustain Pedal", "sustain pedal")]
    // Parts the lists do not name, said to be parts; one may lead a bundle.
    [InlineData("Sonic Electric Toothbrush Rechargeable with Brush Heads", "8 replacement heads only", "replacement head")]
    [InlineData("Sonic Electric Toothbrush Rechargeable 5 Modes", "Replacement toothbrush heads", "replacement toothbrush head")]
    [InlineData("Electric Shaver for Men Rotary Wet Dry", "Spare cutters", "spare cutter")]
    [InlineData("GPS Drone 4K HD Camera Foldable RC Quadcopter", "Spare battery 2 pcs + charging hub", "spare battery")]
    [InlineData("Cordless Hedge Trimmer 20V", "Replacement blades set", "replacement blade")]
    // Any item said to be sold alone; a unit after a number is not the product's word ("300000 Flashes").
    [InlineData("Espresso Coffee Machine 15 Bar Semi Automatic with Steam Milk Frother", "Burr Coffee Grinder Only", "grinder")]
    [InlineData("IPL Hair Removal Device 999900 Flashes Painless Laser Epilator", "Replacement Lamp Cartridge Only (300000 Flashes)", "lamp cartridge")]
    public void VariantThatIsOnlyAnotherItem_FiresAsWarningAtTheOption(string title, string value, string term)
    {
        var found = Tester.Fires(Listing(title, $$"""{ "Style": "{{value}}" }"""), "LL2002", "/variants/2/options/Style", Severity.Warning);
        Assert.Equal(term, found[0].Evidence["item"]);
    }

    [Fact]
    public void CheapOtherItem_FiresAsError_AtTheVariantTitle()
    {
        var found = Tester.Fires(Listing("4K Action Camera 30M Waterproof WiFi Sports Camera", """{ "Bundle": "Mount" }""", 1.99m, "Helmet mount only"),
            "LL2002", "/variants/2/title", Severity.Error);
        Assert.Equal("1.99", found[0].Evidence["price"]);
    }

    [Fact]
    public void VariantTitleThatRepeatsItsOptions_IsReadAsTheOptions()
    {
        Tester.Quiet("""
            { "id": "1", "title": "20 Bar Espresso Machine with Milk Frother", "variants": [
              { "sku": "a", "title": "EU", "options": { "Plug": "EU" }, "price": 119.99 },
              { "sku": "b", "title": "UK Adapter", "options": { "Plug": "UK Adapter" }, "price": 121.99 } ] }
            """);
        Tester.Fires("""
            { "id": "1", "title": "RC Car 1:16 4WD High Speed Off Road Monster Truck", "variants": [
              { "sku": "a", "title": "Red / 1 Battery", "options": { "Color": "Red", "Battery": "1 Battery" }, "price": 32.99 },
              { "sku": "b", "title": "Red / 2 Batteries", "options": { "Color": "Red", "Battery": "2 Batteries" }, "price": 37.99 } ] }
            """, "LL2002", "/variants/0/options/Battery", Severity.Info);
    }

    [Fact]
    public void SparePartTheTitleNamesAsAFeature_StillFires_UnlessTheCategorySellsIt()
    {
        const string variants = """
            "variants": [ { "sku": "a", "options": { "Color": "Black" }, "price": 659 }, { "sku": "b", "options": { "Color": "Spare Battery" }, "price": 429 } ]
            """;
        Tester.Fires($$"""
            { "id": "1", "title": "Folding Electric Bike 20 Inch 750W Motor 48V 13Ah Removable Battery E-Bike", "category": ["Sports", "Cycling", "Electric Bicycles"], {{variants}} }
            """, "LL2002", "/variants/1/options/Color", Severity.Warning);
        Tester.Quiet($$"""
            { "id": "1", "title": "48V 13Ah Removable Battery Pack E-Bike", "category": ["Sports", "Cycling", "E-Bike Batteries"], {{variants}} }
            """);
    }

    [Fact]
    public void InnerTubeUnderAScooter_CheapAndAnotherItem_FiresAsError() => Tester.Fires("""
        { "id": "1", "title": "Electric Scooter 350W Motor 8.5 inch Tires Foldable E-Scooter", "variants": [
          { "sku": "a", "options": { "Package": "Scooter" }, "price": 279 },
          { "sku": "b", "options": { "Package": "Scooter + Phone Holder" }, "price": 284 },
          { "sku": "c", "options": { "Package": "Inner Tube 8.5 inch x2" }, "price": 6.99 } ] }
        """, "LL2002", "/variants/2/options/Package", Severity.Error);

    [Theory]
    [InlineData("Drone + spare battery")]
    [InlineData("Standard + spare battery")]
    [InlineData("Spare drone")]
    [InlineData("Replacement warranty 2 years")]
    [InlineData("Drone + 2 batteries")]
    [InlineData("Body only")]
    [InlineData("Tool only")]
    [InlineData("Front only")]
    [InlineData("Drone only")]
    [InlineData("Black only")]
    public void ProductAloneWithSparesOrOneSideOfIt_Quiet(string value) =>
        Tester.Quiet(Listing("GPS Drone 4K HD Camera Foldable RC Quadcopter", $$"""{ "Style": "{{value}}" }"""));

    [Theory]
    [InlineData("Camera + mount")]
    [InlineData("Camera only")]
    [InlineData("With 2 batteries and charger")]
    [InlineData("No battery")]
    [InlineData("Light blue")]
    [InlineData("Standard kit")]
    public void BundlesTheProductItselfAndColours_Quiet(string value) =>
        Tester.Quiet(Listing("4K Action Camera 30M Waterproof WiFi Sports Camera", $$"""{ "Style": "{{value}}" }"""));

    [Fact]
    public void TitleSellsTheAccessory_Quiet() =>
        Tester.Quiet(Listing("Helmet Mount for GoPro Hero 12 11 10 Chin Strap", """{ "Style": "Chin mount" }"""));

    [Fact]
    public void AccessoryTitleMentionsProductAfterFor_Quiet() =>
        Tester.Quiet(Listing("Side Brush HEPA Filter Replacement Parts for Xiaomi Robot Vacuum", """{ "Style": "Filter x2" }"""));

    [Fact]
    public void TitleIncludesTheItemWithTheProduct_StillFires() =>
        Tester.Fires(Listing("Robot Vacuum Cleaner with Side Brush and HEPA Filter", """{ "Style": "Side brush" }"""), "LL2002", "/variants/2/options/Style");

    [Fact]
    public void CountLedValue_FiresAsInfoOnly() =>
        Tester.Fires(Listing("Cordless Impact Drill 20V Brushless Hammer Drill", """{ "Package": "2 batteries" }""", 62m), "LL2002", "/variants/2/options/Package", Severity.Info);

    [Fact]
    public void ExtraAndIgnoredTermsAreOptions()
    {
        var json = Listing("Electric Scooter 350W Foldable Commuter", """{ "Style": "Fender" }""");
        Tester.Quiet(json);
        RuleTester.For<LL2002VariantOtherItem>("""{ "rules": { "LL2002": { "extraTerms": ["fender"] } } }""")
            .Fires(json, "LL2002", "/variants/2/options/Style", Severity.Warning);
        RuleTester.For<LL2002VariantOtherItem>("""{ "rules": { "LL2002": { "ignoredTerms": ["mouse pad"] } } }""")
            .Quiet(Listing("Wireless Gaming Mouse 2.4G Rechargeable RGB", """{ "Style": "Mouse pad" }"""));
    }

    [Fact]
    public void PlugOptionNamingAnAdapter_IsThePlug_Quiet() => Tester.Quiet("""
        { "id": "1", "title": "Hair Dryer 1800W Negative Ion", "price": 25, "variants": [
          { "sku": "a", "options": { "Plug": "EU" }, "price": 25 },
          { "sku": "b", "options": { "Plug": "US" }, "price": 25 },
          { "sku": "c", "options": { "Plug": "UK Adapter" }, "price": 26 } ] }
        """);

    [Fact]
    public void PlugOptionNamingAFilter_StillFires() => Tester.Fires("""
        { "id": "1", "title": "Air Purifier HEPA for Home Bedroom", "price": 6, "variants": [
          { "sku": "a", "options": { "Plug": "EU" }, "price": 79 },
          { "sku": "b", "options": { "Plug": "Replacement Filter" }, "price": 6 } ] }
        """, "LL2002", "/variants/1/options/Plug");

    [Fact]
    public void ProductWordBeforeTheItem_SaysWhatTheItemIsFor_StillFires() => Tester.Fires("""
        { "id": "1", "title": "Kids Tablet 10 inch Android 13", "price": 5, "variants": [
          { "sku": "a", "options": { "Storage": "32GB" }, "price": 59 },
          { "sku": "b", "options": { "Storage": "64GB" }, "price": 69 },
          { "sku": "c", "options": { "Storage": "Tablet Case" }, "price": 5 } ] }
        """, "LL2002", "/variants/2/options/Storage");
}
