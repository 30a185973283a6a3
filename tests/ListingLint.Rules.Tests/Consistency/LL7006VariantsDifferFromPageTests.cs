using ListingLint.Rules.Consistency;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Consistency;

public class LL7006VariantsDifferFromPageTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL7006VariantsDifferFromPage>();

    private static readonly string Page = LandingPages.JsonLd("""
        {"@type":"ProductGroup","name":"Phone Case","hasVariant":[
          {"@type":"Product","sku":"CASE-BLK","color":"Black","offers":{"price":"9.99","priceCurrency":"USD"}},
          {"@type":"Product","sku":"CASE-RED","color":"Red","offers":{"price":"11.99","priceCurrency":"USD"}}]}
        """);

    [Fact]
    public void SkuNotOnPage_FiresAtTheVariant()
    {
        var feed = """{ "id": "CASE", "title": "Phone Case", "variants": [ { "sku": "CASE-BLK", "price": 9.99 }, { "sku": "CASE-BLU", "price": 9.99 } ] }""";
        var found = Tester.Fires(LandingPages.With(feed, Page), "LL7006", "/variants/1");
        Assert.Equal("CASE-BLU", found[0].Evidence["sku"]);
    }

    [Fact]
    public void SkuPricedDifferently_FiresAtTheVariantPrice()
    {
        var feed = """{ "id": "CASE", "title": "Phone Case", "variants": [ { "sku": "CASE-BLK", "price": 9.99 }, { "sku": "CASE-RED", "price": 9.99 } ] }""";
        var found = Tester.Fires(LandingPages.With(feed, Page), "LL7006", "/variants/1/price");
        Assert.Equal("11.99", found[0].Evidence["pagePrice"]);
    }

    [Fact]
    public void SameSkusAndPrices_PageSellingMore_Quiet()
    {
        var feed = """{ "id": "CASE", "title": "Phone Case", "variants": [ { "sku": "case-blk", "price": 9.99 } ] }""";
        Tester.Quiet(LandingPages.With(feed, Page));
    }

    [Fact]
    public void PageWithoutSkus_Quiet()
    {
        var feed = """{ "id": "CASE", "title": "Phone Case", "variants": [ { "sku": "CASE-BLU", "price": 9.99 } ] }""";
        Tester.Quiet(LandingPages.With(feed, LandingPages.Product("Phone Case", "9.99")));
    }
}
