using ListingLint.Diagnostics;
using ListingLint.Rules.Attributes;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Attributes;

public class LL1003CapacityImplausibleForPriceTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL1003CapacityImplausibleForPrice>();

    [Fact]
    public void TwoTerabyteFlashDriveForSevenDollars_Fires()
    {
        const string json = """
            { "id": "f1", "title": "USB Flash Drive 2TB High Speed Metal Pen Drive", "price": { "amount": 6.99, "currency": "USD" },
              "attributes": { "Capacity": "2TB" } }
            """;
        var found = Tester.Fires(json, "LL1003", "/title", Severity.Warning);
        Assert.Equal("3.5", found[0].Evidence["perTb"]);
        Assert.Equal("15", found[0].Evidence["minPerTb"]);
    }

    [Fact]
    public void VariantsWithCapacities_AreJudgedAtTheirOwnPrices()
    {
        const string json = """
            { "id": "f2", "title": "Micro SD Card 1TB 512GB 128GB TF Memory Card", "price": { "amount": 3.99, "currency": "USD" },
              "variants": [ { "sku": "a", "options": { "Capacity": "128GB" }, "price": 3.99 },
                            { "sku": "b", "options": { "Capacity": "512GB" }, "price": 5.99 },
                            { "sku": "c", "options": { "Capacity": "1TB" }, "price": 6.99 } ] }
            """;
        var found = Tester.Run(json).Where(d => d.Id == "LL1003").Select(d => d.Location.Pointer).ToArray();
        Assert.Equal(["/variants/1/options/Capacity", "/variants/2/options/Capacity"], found.Order());
    }

    [Fact]
    public void VariantWithoutPrice_IsNotJudgedAtTheListingPrice()
    {
        const string json = """
            { "id": "f3", "title": "USB Flash Drive Pen Drive", "price": { "amount": 3.99, "currency": "USD" },
              "variants": [ { "sku": "a", "options": { "Capacity": "32GB" }, "price": 3.99 }, { "sku": "b", "options": { "Capacity": "1TB" } } ] }
            """;
        Tester.Quiet(json);
    }

    [Theory]
    [InlineData("Kingston NV2 1TB M.2 NVMe Internal SSD", 64.90)]
    [InlineData("SanDisk 64GB USB Flash Drive", 3.20)]
    [InlineData("USB 3.0 SD Card Reader Micro SD TF Memory Card Adapter Supports 2TB", 2.89)]
    [InlineData("2.5 inch SATA Hard Drive Enclosure HDD SSD Case Support 6TB", 4.59)]
    [InlineData("Laptop 15.6 inch 16GB RAM 512GB SSD", 99.0)]
    [InlineData("Seagate 4TB External Hard Drive HDD", 59.0)]
    [InlineData("Dash Cam 1080P with 32GB SD Card", 0.99)]
    public void GenuineOrNotStorage_Quiet(string title, double price) =>
        Tester.Quiet($$"""{ "id": "q", "title": "{{title}}", "price": { "amount": {{price.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "currency": "USD" } }""");

    [Fact]
    public void StorageWordAfterDeviceWord_IsStorage() =>
        Tester.Fires("""{ "id": "l", "title": "Laptop SSD 2TB SATA III 2.5 inch", "price": { "amount": 9.99, "currency": "USD" } }""", "LL1003", "/title");

    [Fact]
    public void HardDiskBelowItsOwnFloor_Fires() =>
        Tester.Fires("""{ "id": "h", "title": "16TB External Hard Drive HDD USB 3.0", "price": { "amount": 39.0, "currency": "USD" } }""", "LL1003", "/title");

    [Fact]
    public void StorageCategory_WithoutStorageWordsInTitle_Counts() =>
        Tester.Fires("""{ "id": "c", "title": "Metal Key Ring 1TB High Speed", "category": ["Computer & Office", "External Storage", "USB Flash Drives"], "price": { "amount": 4.5, "currency": "USD" } }""", "LL1003");

    [Fact]
    public void OtherCurrency_IsLeftAloneUnlessListed()
    {
        const string json = """{ "id": "e", "title": "USB Flash Drive 2TB", "price": { "amount": 6.99, "currency": "EUR" } }""";
        Tester.Quiet(json);
        RuleTester.For<LL1003CapacityImplausibleForPrice>("""{ "rules": { "LL1003": { "currencies": ["USD", "EUR"] } } }""").Fires(json, "LL1003");
    }

    [Fact]
    public void MinUsdPerTbOption_MovesTheFloor()
    {
        const string json = """{ "id": "o", "title": "USB Flash Drive 2TB", "price": { "amount": 6.99, "currency": "USD" } }""";
        RuleTester.For<LL1003CapacityImplausibleForPrice>("""{ "rules": { "LL1003": { "minUsdPerTb": 2 } } }""").Quiet(json);
    }
}
