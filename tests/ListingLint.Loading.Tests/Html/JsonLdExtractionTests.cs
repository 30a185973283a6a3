using ListingLint.Model;

namespace ListingLint.Loading.Tests.Html;

public class JsonLdExtractionTests
{
    [Fact]
    public void ProductGroupInGraph_GivesIdTitleBrandAndVariants()
    {
        var listing = FormatFixtures.Single("html/jsonld-product-group.html");
        Assert.Equal("CAM-4K", listing.Id);
        Assert.Equal("4K Action Camera 30M Waterproof WiFi Sports Camera", listing.Title);
        Assert.Equal("Viewpro", listing.Brand);
        Assert.Equal("html", listing.Format);
        Assert.Equal(["CAM-BLK", "CAM-SLV"], listing.Variants.Select(v => v.Sku));
        Assert.Equal([59.99m, 64.5m], listing.Variants.Select(v => v.Price!.Value));
        Assert.Equal("Silver", listing.Variants[1].OptionValue("Color"));
        Assert.Equal("OutOfStock", listing.Variants[1].Extra["availability"].ToString());
        Assert.Equal(new Price(59.99m, "USD"), listing.Price);
        Assert.Equal(["https://img.example/cam-main.jpg", "https://img.example/cam-side.jpg"], listing.Images.Select(i => i.Src));
    }

    [Fact]
    public void ValuesKeepTheirLineAndColumnInThePage_AndTheirSource()
    {
        var listing = FormatFixtures.Single("html/jsonld-product-group.html");
        var title = listing.At("/title");
        Assert.Equal(("html/jsonld-product-group.html", 14, 15), (title.File, title.Line, title.Column));
        var price = listing.At("/variants/1/price");
        Assert.Equal((22, 50), (price.Line, price.Column));
        Assert.Equal(SourceKinds.JsonLd, listing.Source.SourceOf("/variants/1/price"));
    }

    [Fact]
    public void BrokenBlock_IsNotedByNumber_AndTheNextBlockIsStillRead()
    {
        var listing = FormatFixtures.Single("html/broken-jsonld.html");
        Assert.Equal("Stainless Steel Water Bottle 750ml", listing.Title);
        Assert.Equal(new Price(18.50m, "USD"), listing.Price);
        var note = Assert.Single(listing.Notes);
        Assert.Contains("JSON-LD block 1", note.Message);
        Assert.Equal(6, note.Location.Line);
    }

    [Fact]
    public void AggregateOfferDocument_UsesLowPrice_AndAdditionalProperty()
    {
        var listing = FormatFixtures.Single("jsonld-product.json");
        Assert.Equal("DRIP-01", listing.Id);
        Assert.Equal("Kalita", listing.Brand);
        Assert.Equal(new Price(22.00m, "EUR"), listing.Price);
        Assert.Equal("Ceramic", Assert.Single(listing.AttributesNamed("Material")).Value);
        Assert.Equal(SourceKinds.JsonLd, listing.Source.SourceOf("/title"));
        Assert.Equal(4, listing.At("/title").Line);
    }
}
