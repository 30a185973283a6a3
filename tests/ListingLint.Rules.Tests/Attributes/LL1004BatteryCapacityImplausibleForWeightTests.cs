using ListingLint.Diagnostics;
using ListingLint.Rules.Attributes;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Attributes;

public class LL1004BatteryCapacityImplausibleForWeightTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL1004BatteryCapacityImplausibleForWeight>();

    [Fact]
    public void FiftyThousandMahPowerBankIn210Grams_Fires()
    {
        const string json = """
            { "id": "b1", "title": "50000mAh Power Bank Ultra Thin Portable Charger", "attributes": { "Weight": "180g" },
              "package": { "weightKg": 0.21 } }
            """;
        var found = Tester.Fires(json, "LL1004", "/title", Severity.Warning);
        Assert.Equal("185", found[0].Evidence["wattHours"]);
        Assert.Equal("0.21", found[0].Evidence["weightKg"]);
        Assert.Equal("package.weightKg", found[0].Evidence["weightSource"]);
    }

    [Fact]
    public void FakeCellCapacity_FiresAtTheAttribute()
    {
        const string json = """{ "id": "b2", "title": "18650 Li-ion Rechargeable Battery 3.7V", "attributes": { "Capacity": "9900mAh" }, "package": { "weightKg": 0.05 } }""";
        Tester.Fires(json, "LL1004", "/attributes/Capacity");
    }

    [Fact]
    public void HeavierWeightAttribute_WinsOverPackage()
    {
        const string json = """{ "id": "b3", "title": "Power Bank 30000mAh", "attributes": { "Weight": "0.6kg" }, "package": { "weightKg": 0.2 } }""";
        Tester.Quiet(json);
    }

    [Theory]
    [InlineData("Anker Power Bank 10000mAh 22.5W", 0.22)]
    [InlineData("Baseus 20000mAh Power Bank 65W", 0.55)]
    [InlineData("4PCS AA Rechargeable Batteries 1.2V 3000mAh Ni-MH", 0.12)]
    [InlineData("12V 100Ah LiFePO4 Battery Pack", 11.5)]
    [InlineData("Smartphone 6.7 inch 5000mAh", 0.19)]
    [InlineData("Battery Case for iPhone 15 5000mAh", 0.02)]
    [InlineData("DIY 18650 Power Bank Box 4x 3000mAh", 0.05)]
    public void PlausibleOrNotABattery_Quiet(string title, double weightKg) =>
        Tester.Quiet($$"""{ "id": "q", "title": "{{title}}", "package": { "weightKg": {{weightKg.ToString(System.Globalization.CultureInfo.InvariantCulture)}} } }""");

    [Fact]
    public void NoWeightStated_Quiet() =>
        Tester.Quiet("""{ "id": "n", "title": "50000mAh Power Bank" }""");

    [Fact]
    public void VariantCapacities_AreJudgedOnTheSmallest()
    {
        const string json = """
            { "id": "v", "title": "Power Bank Portable Charger", "package": { "weightKg": 0.3 },
              "variants": [ { "sku": "a", "options": { "Capacity": "10000mAh" } }, { "sku": "b", "options": { "Capacity": "30000mAh" } } ] }
            """;
        Tester.Quiet(json);
    }

    [Fact]
    public void MaxWhPerKgOption_MovesTheCeiling()
    {
        const string json = """{ "id": "o", "title": "20000mAh Power Bank", "package": { "weightKg": 0.3 } }""";
        Tester.Quiet(json);
        RuleTester.For<LL1004BatteryCapacityImplausibleForWeight>("""{ "rules": { "LL1004": { "maxWhPerKg": 200 } } }""").Fires(json, "LL1004");
    }
}
