using ListingLint.Diagnostics;
using ListingLint.Rules.Consistency;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Consistency;

public class LL7001PriceDiffersFromPageTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL7001PriceDiffersFromPage>();

    private const string Feed = """{ "id": "PB-10K", "title": "Anker Power Bank 10000mAh USB-C", "brand": "Anker", "price": { "amount": 25.99, "currency": "USD" } }""";

    [Fact]
    public void PagePriceHigherThanFeed_FiresAtFeedPrice_WithBothValues()
    {
        var json = LandingPages.With(Feed, LandingPages.Product("Anker Power Bank 10000mAh USB-C", "29.99"));
        var found = Tester.Fires(json, "LL7001", "/price", Severity.Error);
        Assert.Equal("25.99", found[0].Evidence["feedPrice"]);
        Assert.Equal("29.99", found[0].Evidence["pagePrice"]);
        Assert.Contains("JSON-LD", found[0].Evidence["pageLocation"]);
    }

    [Fact]
    public void FeedSalePriceNotShownOnPage_FiresAtSalePrice()
    {
        var feed = """{ "id": "PB-10K", "title": "Anker Power Bank", "price": { "amount": 25.99, "currency": "USD" }, "salePrice": 19.99 }""";
        Tester.Fires(LandingPages.With(feed, LandingPages.Product("Anker Power Bank", "25.99")), "LL7001", "/salePrice");
    }

    [Fact]
    public void SalePriceShownOnPage_Quiet()
    {
        var feed = """{ "id": "PB-10K", "title": "Anker Power Bank", "price": { "amount": 25.99, "currency": "USD" }, "salePrice": 19.99 }""";
        Tester.Quiet(LandingPages.With(feed, LandingPages.Product("Anker Power Bank", "19.99")));
    }

    [Theory]
    [InlineData("25.99")]
    [InlineData("25.990")]
    public void SamePrice_Quiet(string pagePrice) =>
        Tester.Quiet(LandingPages.With(Feed, LandingPages.Product("Anker Power Bank 10000mAh USB-C", pagePrice)));

    [Fact]
    public void FeedPriceIsOneOfThePageVariantPrices_Quiet()
    {
        var page = LandingPages.JsonLd("""
            {"@type":"ProductGroup","name":"Anker Power Bank","hasVariant":[
              {"@type":"Product","sku":"PB-10K","offers":{"price":"25.99","priceCurrency":"USD"}},
              {"@type":"Product","sku":"PB-20K","offers":{"price":"39.99","priceCurrency":"USD"}}]}
            """);
        Tester.Quiet(LandingPages.With(Feed, page));
    }

    [Fact]
    public void PageGivesAPriceRange_Quiet()
    {
        var page = LandingPages.JsonLd("""{"@type":"Product","name":"Anker Power Bank","offers":{"@type":"AggregateOffer","lowPrice":"22.00","highPrice":"31.00","priceCurrency":"USD"}}""");
        Tester.Quiet(LandingPages.With(Feed, page));
    }

    [Fact]
    public void DifferentCurrencies_LeftToLL7002() =>
        Tester.Quiet(LandingPages.With(Feed, LandingPages.Product("Anker Power Bank 10000mAh USB-C", "23.99", "EUR")));
}
