using ListingLint.Rules.Consistency;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Consistency;

public class LL7007PagePricesContradictTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL7007PagePricesContradict>();

    private const string Feed = """{ "id": "EB", "title": "Wireless Earbuds Pro", "price": 19.99 }""";

    private const string JsonLd = """<script type="application/ld+json">{"@type":"Product","name":"Wireless Earbuds Pro","offers":{"price":"19.99","priceCurrency":"USD"}}</script>""";

    [Fact]
    public void JsonLdAndMicrodataDisagree_FiresAtThePageField_WithBothSources()
    {
        var page = JsonLd + """<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Earbuds</span><div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price">24.99</span></div></div>""";
        var found = Tester.Fires(LandingPages.With(Feed, page), "LL7007", "/page");
        Assert.Equal(("JSON-LD", "19.99", "microdata", "24.99"),
            (found[0].Evidence["firstSource"], found[0].Evidence["firstPrice"], found[0].Evidence["secondSource"], found[0].Evidence["secondPrice"]));
    }

    [Fact]
    public void JsonLdAndOpenGraphAgree_Quiet()
    {
        var page = """<meta property="og:type" content="product"><meta property="product:price:amount" content="19.99"><meta property="product:price:currency" content="USD">""" + JsonLd;
        Tester.Quiet(LandingPages.With(Feed, page));
    }

    [Fact]
    public void DifferentCurrenciesInDifferentSources_Quiet()
    {
        var page = """<meta property="og:type" content="product"><meta property="product:price:amount" content="18.50"><meta property="product:price:currency" content="EUR">""" + JsonLd;
        Tester.Quiet(LandingPages.With(Feed, page));
    }

    [Fact]
    public void VisiblePriceDiffersFromMicrodataContent_Fires()
    {
        var page = """<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Earbuds</span><div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price" content="19.99">$24.99</span></div></div>""";
        var found = Tester.Fires(LandingPages.With(Feed, page), "LL7007", "/page");
        Assert.Equal("page text", found[0].Evidence["secondSource"]);
    }
}
