using ListingLint.Diagnostics;
using ListingLint.Rules.Attributes;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Attributes;

public class LL1002AttributeContradictsTitleTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL1002AttributeContradictsTitle>();

    [Fact]
    public void PhoneTitleRamAndStorage_OverSmallerAttributes_FiresAtBoth()
    {
        const string json = """
            { "id": "p1", "title": "Global Version Smartphone 8GB RAM 256GB 6.8 inch Android 13",
              "attributes": { "RAM": "4GB", "ROM": "64GB" } }
            """;
        var ram = Tester.Fires(json, "LL1002", "/attributes/RAM", Severity.Warning);
        Tester.Fires(json, "LL1002", "/attributes/ROM", Severity.Warning);
        Assert.Equal("4GB", ram[0].Evidence["value"]);
        Assert.Equal("8GB", ram[0].Evidence["otherValue"]);
        Assert.Equal("the title", ram[0].Evidence["conflictsWith"]);
    }

    [Fact]
    public void PlusPairTitle_OverSmallerAttributes_Fires()
    {
        const string json = """{ "id": "p2", "title": "Mobile Phone 12GB+512GB 7.0 inch", "attributes": { "RAM": "6GB", "ROM": "128GB" } }""";
        Tester.Fires(json, "LL1002", "/attributes/RAM");
        Tester.Fires(json, "LL1002", "/attributes/ROM");
    }

    [Theory]
    [InlineData("Insulated Water Bottle 1.5L Large Capacity", "Capacity", "750ml")]
    [InlineData("Braided Lightning Cable 3M Long Charger Cord", "Cable Length", "1m")]
    [InlineData("Dried Goji Berries 500g Organic", "Net Weight", "250g")]
    [InlineData("Dried Goji Berries 500g Organic", "Weight", "250g")]
    [InlineData("Coffee Beans 250g Medium Roast", "Weight", "1kg")]
    [InlineData("30000mAh Power Bank Fast Charging", "Battery Capacity", "10000mAh")]
    [InlineData("Android Tablet 10.1 Inch 8GB RAM", "Screen Size", "7 inch")]
    [InlineData("120W Super Fast Charger USB Type C", "Max Output Power", "33W")]
    public void OtherRoles_TitleVersusAttribute_Fires(string title, string name, string value)
    {
        var json = $$"""{ "id": "x", "title": "{{title}}", "attributes": { "{{name}}": "{{value}}" } }""";
        Tester.Fires(json, "LL1002", "/attributes/" + name);
    }

    [Fact]
    public void TwoStorageAttributes_Disagree_FiresAtTheLaterOne()
    {
        const string json = """{ "id": "s1", "title": "USB Flash Drive Metal", "attributes": [ { "name": "Capacity", "value": "128GB" }, { "name": "Storage Capacity", "value": "64GB" } ] }""";
        var found = Tester.Fires(json, "LL1002", "/attributes/1/value");
        Assert.Equal("attribute 'Capacity'", found[0].Evidence["conflictsWith"]);
    }

    [Theory]
    [InlineData("Xiaomi Smartphone 8GB RAM 256GB ROM 6.67''", """{ "RAM": "8GB", "ROM": "256 GB", "Screen Size": "6.67 inches" }""")]
    [InlineData("Realme C67 8GB 256GB 6.72 inch", """{ "RAM": "8GB", "Storage": "256GB" }""")]
    [InlineData("Phone 128GB 6.5 inch", """{ "RAM": "4GB", "ROM": "128GB" }""")]
    [InlineData("Smartphone 8GB+256GB", """{ "RAM": "8GB", "ROM": "256GB", "Expandable Memory": "Up to 1TB" }""")]
    [InlineData("POCO X6 Pro 5G 12GB+12GB Extended RAM 512GB", """{ "RAM": "12GB", "ROM": "512GB" }""")]
    [InlineData("Kingston 1TB NVMe SSD", """{ "Capacity": "1024GB" }""")]
    [InlineData("Stainless Steel Water Bottle 1L", """{ "Capacity": "1000ml" }""")]
    [InlineData("Hiking Backpack 40L", """{ "Capacity": "36-55L" }""")]
    [InlineData("11 inch Android Tablet", """{ "Screen Size": "27.9cm" }""")]
    [InlineData("Digital Kitchen Scale 10kg/1g", """{ "Weight": "350g", "Max Capacity": "10kg" }""")]
    [InlineData("Pure Sine Wave Inverter 3000W Peak", """{ "Rated Power": "1500W", "Peak Power": "3000W" }""")]
    [InlineData("Magnetic Power Bank 10000mAh", """{ "Battery Capacity": "10000mAh", "Rated Capacity": "6000mAh" }""")]
    [InlineData("Pu'er Tea 357g Cake", """{ "Net Weight": "357g", "Weight": "0.4kg" }""")]
    [InlineData("Xiaomi 14 Ultra 120W HyperCharge", """{ "Wireless Charging": "80W" }""")]
    [InlineData("TWS Earbuds Bluetooth 5.3 with Charging Case 300mAh", """{ "Battery Capacity": "40mAh" }""")]
    [InlineData("PE Braided Fishing Line 100M 10LB-80LB", """{ "Weight": "20g" }""")]
    [InlineData("Ultrasonic Humidifier 3L Mist 300ml/h", """{ "Capacity": "3L" }""")]
    [InlineData("E27 LED Bulb 9W 60W Equivalent", """{ "Power": "9W" }""")]
    [InlineData("Coffee Beans 500g Medium Roast", """{ "Weight": "0.55kg" }""")]
    [InlineData("Bluetooth Speaker 20W Waterproof", """{ "Output Power": "10W x 2" }""")]
    [InlineData("Tablet 10.1 Inch 12GB(4+8 Expand) 128GB", """{ "RAM": "4GB", "ROM": "128GB" }""")]
    public void ConsistentOrIncomparableFigures_Quiet(string title, string attributes) =>
        Tester.Quiet($$"""{ "id": "q", "title": "{{title.Replace("\"", "\\\"")}}", "attributes": {{attributes}} }""");

    [Fact]
    public void TitleListsSeveralCapacities_AndVariantsCoverThem_Quiet()
    {
        const string json = """
            { "id": "v1", "title": "USB Flash Drive 64GB/128GB/256GB Metal", "attributes": { "Capacity": "64GB" },
              "variants": [ { "sku": "a", "options": { "Capacity": "64GB" }, "price": 5 }, { "sku": "b", "options": { "Capacity": "128GB" }, "price": 8 },
                            { "sku": "c", "options": { "Capacity": "256GB" }, "price": 14 } ] }
            """;
        Tester.Quiet(json);
    }

    [Fact]
    public void RepeatedAttributeName_IsOneAttributeWithSeveralValues_Quiet() =>
        Tester.Quiet("""{ "id": "r", "title": "USB Flash Drive 128GB", "attributes": [ { "name": "Capacity", "value": "64GB" }, { "name": "Capacity", "value": "128GB" } ] }""");

    [Fact]
    public void AttributeOfferedAsVariant_Quiet()
    {
        const string json = """
            { "id": "v2", "title": "Arabica Coffee Beans 1kg", "attributes": { "Net Weight": "500g" },
              "variants": [ { "sku": "a", "options": { "Weight": "500g" } }, { "sku": "b", "options": { "Weight": "1kg" } } ] }
            """;
        Tester.Quiet(json);
    }

    [Fact]
    public void RolesOption_LeavesOtherRolesAlone()
    {
        var tester = RuleTester.For<LL1002AttributeContradictsTitle>("""{ "rules": { "LL1002": { "roles": ["Ram"] } } }""");
        tester.Quiet("""{ "id": "r", "title": "Water Bottle 1.5L", "attributes": { "Capacity": "750ml" } }""");
    }

    [Fact]
    public void ToleranceOption_AcceptsRoundedFigures()
    {
        var tester = RuleTester.For<LL1002AttributeContradictsTitle>("""{ "rules": { "LL1002": { "tolerance": 0.1 } } }""");
        tester.Quiet("""{ "id": "t", "title": "Water Bottle 1L", "attributes": { "Capacity": "950ml" } }""");
        Tester.Fires("""{ "id": "t", "title": "Water Bottle 1L", "attributes": { "Capacity": "950ml" } }""", "LL1002");
    }
}
