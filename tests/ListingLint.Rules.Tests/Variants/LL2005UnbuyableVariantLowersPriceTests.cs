using ListingLint.Rules.Variants;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Variants;

public class LL2005UnbuyableVariantLowersPriceTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL2005UnbuyableVariantLowersPrice>();

    private static string Keyboard(string first) => $$"""
        { "id": "kb", "title": "Mechanical Keyboard 87 Keys Hot Swappable RGB", "price": { "amount": 9.99, "currency": "USD" },
          "variants": [ {{first}},
                        { "sku": "BLU", "options": { "Switch": "Blue" }, "price": 24.99, "stock": 30 },
                        { "sku": "BRN", "options": { "Switch": "Brown" }, "price": 24.99 } ] }
        """;

    [Fact]
    public void SoldOutVariantBelowEveryBuyableOne_FiresAtItsStock()
    {
        var found = Tester.Fires(Keyboard("""{ "sku": "RED", "options": { "Switch": "Red" }, "price": 9.99, "stock": 0 }"""), "LL2005", "/variants/0/stock");
        Assert.Equal("24.99", found[0].Evidence["buyableMinimum"]);
    }

    [Fact]
    public void ZeroPricedVariant_FiresAtItsPrice() =>
        Tester.Fires(Keyboard("""{ "sku": "RED", "options": { "Switch": "Red" }, "price": 0, "stock": 50 }"""), "LL2005", "/variants/0/price");

    [Theory]
    [InlineData("""{ "sku": "RED", "options": { "Switch": "Red" }, "price": 29.99, "stock": 0 }""")]
    [InlineData("""{ "sku": "RED", "options": { "Switch": "Red" }, "price": 9.99 }""")]
    [InlineData("""{ "sku": "RED", "options": { "Switch": "Red" }, "price": 24.99, "stock": 0 }""")]
    public void SoldOutButNotCheapest_OrStockUnknown_Quiet(string first) => Tester.Quiet(Keyboard(first));

    [Fact]
    public void NothingBuyable_Quiet() => Tester.Quiet("""
        { "id": "x", "title": "Ceramic Coffee Mug", "variants": [ { "sku": "A", "price": 0 }, { "sku": "B", "price": 8, "stock": 0 } ] }
        """);
}
