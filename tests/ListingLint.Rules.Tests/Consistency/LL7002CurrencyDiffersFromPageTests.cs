using ListingLint.Rules.Consistency;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Consistency;

public class LL7002CurrencyDiffersFromPageTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL7002CurrencyDiffersFromPage>();

    private const string Feed = """{ "id": "MUG-1", "title": "Ceramic Coffee Mug 350ml", "price": { "amount": 12.00, "currency": "USD" } }""";

    [Fact]
    public void FeedInDollarsPageInEuros_FiresAtFeedCurrency()
    {
        var found = Tester.Fires(LandingPages.With(Feed, LandingPages.Product("Ceramic Coffee Mug 350ml", "12.00", "EUR")), "LL7002", "/price/currency");
        Assert.Equal("12.00 EUR", found[0].Evidence["pagePrice"]);
    }

    [Fact]
    public void SameCurrencyAnyCase_Quiet() =>
        Tester.Quiet(LandingPages.With(Feed, LandingPages.Product("Ceramic Coffee Mug 350ml", "12.00", "usd")));

    [Fact]
    public void PageWithoutCurrency_Quiet() =>
        Tester.Quiet(LandingPages.With(Feed, LandingPages.JsonLd("""{"@type":"Product","name":"Ceramic Coffee Mug","offers":{"price":"12.00"}}""")));
}
