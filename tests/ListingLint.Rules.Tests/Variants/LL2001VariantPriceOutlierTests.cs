using ListingLint.Diagnostics;
using ListingLint.Rules.Variants;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Variants;

public class LL2001VariantPriceOutlierTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL2001VariantPriceOutlier>();

    private static string Speaker(decimal cheap, string cheapOptions = """{ "Color": "Black", "Version": "Lite" }""") => $$"""
        { "id": "sp", "title": "Portable Bluetooth Speaker Waterproof IPX7 Bass Stereo 20W",
          "variants": [
            { "sku": "SP-B", "options": { "Color": "Black" }, "price": 35.00 },
            { "sku": "SP-R", "options": { "Color": "Red" }, "price": 35.00 },
            { "sku": "SP-L", "options": {{cheapOptions}}, "price": {{cheap}} } ] }
        """;

    [Fact]
    public void VariantAtOneSeventhOfSiblings_FiresAsWarningAtItsPrice()
    {
        var found = Tester.Fires(Speaker(4.99m), "LL2001", "/variants/2/price", Severity.Warning);
        Assert.Equal("35.00", found[0].Evidence["siblingMedian"]);
        Assert.Equal("0.143", found[0].Evidence["ratio"]);
    }

    [Fact]
    public void VariantAtFortyPercentOfSiblings_FiresAsInfo() =>
        Tester.Fires(Speaker(14.00m), "LL2001", "/variants/2/price", Severity.Info);

    [Fact]
    public void VariantAtSixtyPercent_Quiet() => Tester.Quiet(Speaker(21.00m));

    [Fact]
    public void CheapVariantThatIsAlsoAnotherItem_FiresAsError()
    {
        const string json = """
            { "id": "cam", "title": "4K Action Camera 30M Waterproof WiFi Sports Camera",
              "variants": [
                { "sku": "CAM-BLK", "options": { "Color": "Black", "Bundle": "Camera" }, "price": 59.99 },
                { "sku": "CAM-SLV", "options": { "Color": "Silver", "Bundle": "Camera" }, "price": 59.99 },
                { "sku": "MOUNT", "title": "Helmet mount only", "options": { "Bundle": "Mount" }, "price": 1.99 } ] }
            """;
        var found = Tester.Fires(json, "LL2001", "/variants/2/price", Severity.Error);
        Assert.Equal("helmet mount", found[0].Evidence["otherItem"]);
    }

    [Fact]
    public void MilderGapOfAnotherItem_StaysInfo_AndLL2002CarriesTheError()
    {
        const string json = """
            { "id": "drone", "title": "GPS Drone 4K HD Camera Foldable RC Quadcopter",
              "variants": [
                { "sku": "D1", "title": "Drone + 1 battery", "price": 299 },
                { "sku": "D3", "title": "Drone + 3 batteries", "price": 349 },
                { "sku": "SPB", "title": "Spare battery 2 pcs + charging hub", "price": 139 } ] }
            """;
        Tester.Fires(json, "LL2001", "/variants/2/price", Severity.Info);
        RuleTester.For<LL2002VariantOtherItem>().Fires(json, "LL2002", "/variants/2/title", Severity.Error);
    }

    [Fact]
    public void CapacityTiersPricedInProportion_Quiet() => Tester.Quiet("""
        { "id": "ssd", "title": "Portable External SSD USB 3.2 Type C Solid State Drive",
          "variants": [ { "sku": "S1", "options": { "Capacity": "512GB" }, "price": 29 },
                        { "sku": "S2", "options": { "Capacity": "1TB" }, "price": 48 },
                        { "sku": "S3", "options": { "Capacity": "2TB" }, "price": 92 } ] }
        """);

    [Fact]
    public void RollCountsPricedInProportion_Quiet() => Tester.Quiet("""
        { "id": "labels", "title": "Thermal Label Paper Rolls 40x30mm Self Adhesive Sticker Labels",
          "variants": [ { "sku": "1", "options": { "Quantity": "1 Roll" }, "price": 2.99 }, { "sku": "3", "options": { "Quantity": "3 Rolls" }, "price": 7.99 },
                        { "sku": "10", "options": { "Quantity": "10 Rolls" }, "price": 23.99 } ] }
        """);

    [Fact]
    public void PackCountsPricedInProportion_Quiet() => Tester.Quiet("""
        { "id": "ties", "title": "Silicone Cable Ties Reusable Cord Organizer Straps",
          "variants": [ { "sku": "1", "options": { "Quantity": "1 pc" }, "price": 1.2 }, { "sku": "5", "options": { "Quantity": "5 pcs" }, "price": 4.9 },
                        { "sku": "10", "options": { "Quantity": "10 pcs" }, "price": 8.5 }, { "sku": "20", "options": { "Quantity": "Pack of 20" }, "price": 15.9 } ] }
        """);

    [Fact]
    public void SmallTierPricedFarBelowPerUnit_StillFires() =>
        Tester.Fires("""
            { "id": "card", "title": "Micro SD Card Class 10 Memory Card",
              "variants": [ { "sku": "A", "options": { "Capacity": "64GB" }, "price": 0.99 }, { "sku": "B", "options": { "Capacity": "128GB" }, "price": 11 },
                            { "sku": "C", "options": { "Capacity": "256GB" }, "price": 19 } ] }
            """, "LL2001", "/variants/0/price", Severity.Warning);

    [Fact]
    public void BundlesPricedAboveTheBaseProduct_Quiet() => Tester.Quiet("""
        { "id": "cam", "title": "4K Action Camera 30M Waterproof WiFi Sports Camera",
          "variants": [ { "sku": "C", "options": { "Bundle": "Camera" }, "price": 59.99 },
                        { "sku": "C64", "options": { "Bundle": "Camera + 64GB card" }, "price": 71.99 },
                        { "sku": "C128", "options": { "Bundle": "Camera + 128GB card + extra battery" }, "price": 84.99 } ] }
        """);

    [Fact]
    public void WidelySpreadTiersWithoutUnits_OnlyInfo_BecauseTheRobustZIsLow() =>
        Tester.Fires("""
            { "id": "tiers", "title": "Handmade Oil Painting Canvas Wall Art",
              "variants": [ { "sku": "A", "options": { "Style": "A" }, "price": 10 }, { "sku": "B", "options": { "Style": "B" }, "price": 20 },
                            { "sku": "C", "options": { "Style": "C" }, "price": 40 }, { "sku": "D", "options": { "Style": "D" }, "price": 80 },
                            { "sku": "E", "options": { "Style": "E" }, "price": 160 } ] }
            """, "LL2001", "/variants/0/price", Severity.Info);

    [Fact]
    public void SingleVariantOrUnpricedVariants_Quiet() => Tester.Quiet("""
        { "id": "one", "title": "Insulated Water Bottle 750ml",
          "variants": [ { "sku": "A", "options": { "Color": "Black" }, "price": 11.9 }, { "sku": "B", "options": { "Color": "Red" } } ] }
        """);

    [Fact]
    public void RatiosAreOptions()
    {
        var tester = RuleTester.For<LL2001VariantPriceOutlier>("""{ "rules": { "LL2001": { "infoRatio": 0.2, "warningRatio": 0.1, "extremeRatio": 0.05 } } }""");
        tester.Quiet(Speaker(14.00m));
        tester.Fires(Speaker(4.99m), "LL2001", "/variants/2/price", Severity.Info);
    }
}
