using ListingLint.Model;

namespace ListingLint.Loading.Tests.Html;

public class MicrodataAndOpenGraphTests
{
    [Fact]
    public void NestedItems_KeepTheirOwnProperties()
    {
        var listing = FormatFixtures.Single("html/microdata-product.html");
        Assert.Equal("Shockproof Silicone Phone Case for iPhone 15", listing.Title);
        Assert.Equal("Caseology", listing.Brand);
        Assert.Equal("CASE-15-BLK", listing.Id);
        Assert.Equal(new Price(12.90m, "EUR"), listing.Price);
        Assert.Equal("InStock", listing.Extra["availability"].ToString());
        Assert.Equal(SourceKinds.Microdata, listing.Source.SourceOf("/title"));
        Assert.Equal(6, listing.At("/title").Line);
    }

    [Fact]
    public void LabelledSpecTable_BecomesAttributes_AndImageResolvesBesideThePage()
    {
        var listing = FormatFixtures.Single("html/microdata-product.html");
        Assert.Equal("Silicone", Assert.Single(listing.AttributesNamed("Material")).Value);
        Assert.Equal("iPhone 15", Assert.Single(listing.AttributesNamed("Compatible model")).Value);
        Assert.EndsWith(Path.Combine("html", "images", "case-front.jpg"), listing.Images[0].ResolvedPath);
    }

    [Fact]
    public void OpenGraphProductTags_GiveTitleBrandPriceAvailability()
    {
        var listing = FormatFixtures.Single("html/opengraph-product.html");
        Assert.Equal("Bamboo Cutting Board Set of 3", listing.Title);
        Assert.Equal("Totally Bamboo", listing.Brand);
        Assert.Equal(new Price(24.00m, "GBP"), listing.Price);
        Assert.Equal("InStock", listing.Extra["availability"].ToString());
        Assert.Equal(SourceKinds.OpenGraph, listing.Source.SourceOf("/price"));
    }

    [Fact]
    public void ContradictingSources_AreAllObserved_FirstSourceWins()
    {
        var listing = FormatFixtures.Single("html/contradicting-prices.html");
        Assert.Equal(19.99m, listing.Price!.Amount);
        var prices = listing.Observations.Where(o => o.Field == "price").Select(o => (o.Source, o.Value)).ToArray();
        Assert.Equal([(SourceKinds.JsonLd, "19.99"), (SourceKinds.Microdata, "24.99")], prices);
    }
}
