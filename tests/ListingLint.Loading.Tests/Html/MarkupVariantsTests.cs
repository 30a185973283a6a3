using System.Text;
using ListingLint.Loading.Html;
using ListingLint.Model;

namespace ListingLint.Loading.Tests.Html;

/// <summary>The many ways pages write the same schema.org product.</summary>
public class MarkupVariantsTests
{
    private static Listing Load(string html)
    {
        var (listing, problem, _) = HtmlPageLoader.Load(Encoding.UTF8.GetBytes(html), "page.html", "/tmp", "/tmp", LoadOptions.Default);
        Assert.True(listing is not null, problem);
        return listing!;
    }

    [Fact]
    public void TypeAsArray_BrandAsString_PriceAsNumber()
    {
        var listing = Load("""<script type="application/ld+json">{"@type":["Product","Thing"],"name":"Desk Fan","brand":"Honeywell","offers":[{"@type":"Offer","price":34.5,"priceCurrency":"usd"}]}</script>""");
        Assert.Equal(("Desk Fan", "Honeywell"), (listing.Title, listing.Brand));
        Assert.Equal(new Price(34.5m, "USD"), listing.Price);
    }

    [Fact]
    public void OfferReferencedById_IsResolvedInTheGraph()
    {
        var listing = Load("""
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"Product","@id":"#p","name":"Desk Fan","offers":{"@id":"#o"}},
              {"@type":"Offer","@id":"#o","price":"34.50","priceCurrency":"USD"}]}</script>
            """);
        Assert.Equal(new Price(34.50m, "USD"), listing.Price);
    }

    [Fact]
    public void SeveralOffersWithSkus_BecomeVariants()
    {
        var listing = Load("""
            <script type="application/ld+json">{"@type":"Product","name":"Desk Fan","offers":[
              {"@type":"Offer","sku":"FAN-W","name":"White","price":"34.50","priceCurrency":"USD"},
              {"@type":"Offer","sku":"FAN-B","name":"Black","price":"36.50","priceCurrency":"USD"}]}</script>
            """);
        Assert.Equal(["FAN-W", "FAN-B"], listing.Variants.Select(v => v.Sku));
        Assert.Contains(listing.Observations, o => o.Field == "lowPrice" && o.Value == "34.50");
    }

    [Fact]
    public void MicrodataItemref_AddsPropertiesFromElsewhere()
    {
        var listing = Load("""
            <div itemscope itemtype="http://schema.org/Product" itemref="offer"><span itemprop="name">Desk Fan</span></div>
            <div id="offer" itemprop="offers" itemscope itemtype="http://schema.org/Offer"><span itemprop="price">34.50</span><meta itemprop="priceCurrency" content="USD"></div>
            """);
        Assert.Equal(new Price(34.50m, "USD"), listing.Price);
    }

    [Fact]
    public void MicrodataNameOfANestedItem_DoesNotBecomeTheProductName()
    {
        var listing = Load("""
            <div itemscope itemtype="http://schema.org/Product">
              <div itemprop="review" itemscope itemtype="http://schema.org/Review"><span itemprop="name">Loud but strong</span></div>
              <span itemprop="name">Desk Fan</span>
            </div>
            """);
        Assert.Equal("Desk Fan", listing.Title);
    }

    [Fact]
    public void RdfaLite_IsRead_AndOpenGraphPropertiesAreNotSchemaOrg()
    {
        var listing = Load("""
            <html><head><meta property="og:title" content="Shop name"></head>
            <body vocab="https://schema.org/"><div typeof="Product"><span property="name">Desk Fan</span>
            <div property="offers" typeof="Offer"><span property="price" content="34.50">$34.50</span><span property="priceCurrency" content="USD"></span></div></div></body></html>
            """);
        Assert.Equal("Desk Fan", listing.Title);
        Assert.Equal(SourceKinds.Rdfa, listing.Source.SourceOf("/title"));
        Assert.Equal(new Price(34.50m, "USD"), listing.Price);
    }

    [Fact]
    public void JsonLdInsideAnHtmlComment_IsStillRead()
    {
        var listing = Load("""<script type="application/ld+json"><!-- {"@type":"Product","name":"Desk Fan"} --></script>""");
        Assert.Equal("Desk Fan", listing.Title);
    }

    [Fact]
    public void VisiblePriceBesideTheMarkup_IsObservedAsPageText()
    {
        var listing = Load("""
            <div itemscope itemtype="http://schema.org/Product"><span itemprop="name">Desk Fan</span>
            <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><span itemprop="price" content="34.50">$39.50</span><meta itemprop="priceCurrency" content="USD"></div></div>
            """);
        Assert.Equal(34.50m, listing.Price!.Amount);
        Assert.Contains(listing.Observations, o => o is { Field: "price", Source: SourceKinds.PageText, Value: "39.50" });
    }

    [Fact]
    public void ThousandsSeparatorInVisiblePrice_IsTheSamePrice()
    {
        var listing = Load("""
            <div itemscope itemtype="http://schema.org/Product"><span itemprop="name">Microwave</span>
            <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><span itemprop="price" content="1000.00">1,000.00</span></div></div>
            """);
        Assert.Contains(listing.Observations, o => o is { Field: "price", Source: SourceKinds.PageText, Value: "1000.00" });
    }
}
