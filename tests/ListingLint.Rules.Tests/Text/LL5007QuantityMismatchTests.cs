using ListingLint.Rules.Text;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Text;

public class LL5007QuantityMismatchTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL5007QuantityMismatch>();

    [Fact]
    public void SetOfSixButQuantityFour_FiresAtTheAttribute()
    {
        var found = Tester.Fires("""
            { "id": "k", "title": "Set of 6 Stainless Steel Steak Knives Serrated", "attributes": { "Quantity": "4", "Material": "Steel" } }
            """, "LL5007", "/attributes/Quantity");
        Assert.Equal("6", found[0].Evidence["titleCount"]);
        Assert.Equal("4", found[0].Evidence["stated"]);
    }

    [Fact]
    public void TenPerLotButVariantsSayTwoAndFive_FiresAtTheFirstVariant() =>
        Tester.Fires("""
            { "id": "c", "title": "10 pcs/lot Mini Alligator Clips Test Leads",
              "variants": [ { "sku": "2", "options": { "Pack": "2 pcs" }, "price": 1.2 }, { "sku": "5", "options": { "Pack": "5 pcs" }, "price": 2.6 } ] }
            """, "LL5007", "/variants/0");

    [Fact]
    public void DescriptionStatesAnotherCount_FiresAtTheDescription() =>
        Tester.Fires("""
            { "id": "b", "title": "12 Pcs Makeup Brush Set Soft Synthetic", "description": "Package includes: 10 pcs brushes and a PU bag." }
            """, "LL5007", "/description");

    [Theory]
    [InlineData("Set of 6 Crystal Wine Glasses 450ml", """{ "Quantity": "1" }""")]
    [InlineData("Set of 4 Bamboo Coasters with Holder", """{ "Quantity": "4 pcs" }""")]
    [InlineData("5pcs/7pcs Cross Hex Tile Drill Bit Set", """{ "Quantity": "7" }""")]
    [InlineData("24 in 1 Cordless Drill Set 12V Electric Screwdriver", """{ "Quantity": "3" }""")]
    [InlineData("Pack of 3 Cotton Bath Towels", """{ "Size": "4" }""")]
    [InlineData("3-12mm Step Drill Bit Titanium", """{ "Quantity": "3" }""")]
    public void ConsistentOrNotACount_Quiet(string title, string attributes) =>
        Tester.Quiet($$"""{ "id": "q", "title": "{{title}}", "attributes": {{attributes}} }""");

    [Fact]
    public void VariantsThatIncludeTheTitleCount_Quiet() => Tester.Quiet("""
        { "id": "c", "title": "10 Pcs/Lot Stainless Steel Cable Clips",
          "variants": [ { "sku": "10", "options": { "Pack": "10 pcs" }, "price": 3.5 }, { "sku": "20", "options": { "Pack": "20 pcs" }, "price": 6.2 } ] }
        """);

    [Fact]
    public void QuantityAttributesOption() =>
        RuleTester.For<LL5007QuantityMismatch>("""{ "rules": { "LL5007": { "quantityAttributes": ["Anzahl"] } } }""")
            .Fires("""{ "id": "k", "title": "Set of 6 Steak Knives", "attributes": { "Anzahl": "4" } }""", "LL5007", "/attributes/Anzahl");
}
