using ListingLint.Model;

namespace ListingLint.Loading.Tests.Formats;

public class ExternalFormatTests
{
    [Fact]
    public void ShopifyProductsJson_OneListingPerProduct_WithVariantsAndLocations()
    {
        var results = FormatFixtures.Load("shopify-products.json");
        Assert.Equal(2, results.Count);
        var mat = results[0].Listing!;
        Assert.Equal(("9001", "Natural Rubber Yoga Mat 4mm", "Mat Makers", "shopify"), (mat.Id, mat.Title, mat.Brand, mat.Format));
        Assert.Equal(["MAT-SAGE", "MAT-PLUM"], mat.Variants.Select(v => v.Sku));
        Assert.Equal("Plum", mat.Variants[1].OptionValue("Color"));
        Assert.Equal(84.00m, mat.Variants[1].Price);
        Assert.Equal(13, mat.At("/variants/1/price").Line);
    }

    [Fact]
    public void ShopifyDefaultTitle_IsNotAnOption()
    {
        var spray = FormatFixtures.Load("shopify-products.json")[1].Listing!;
        var variant = Assert.Single(spray.Variants);
        Assert.Empty(variant.Options);
        Assert.Null(variant.Title);
    }

    [Fact]
    public void AliExpressDetail_MapsSkusToOptions_AndUsesTheActivityPrice()
    {
        var listing = FormatFixtures.Single("aliexpress-detail.json");
        Assert.Equal("1005009876543210", listing.Id);
        Assert.Equal("Wireless Mouse 2.4G Silent Click Ergonomic", listing.Title);
        Assert.Equal(["Black", "Green"], listing.Variants.Select(v => v.OptionValue("Color")));
        Assert.Equal([6.29m, 8.99m], listing.Variants.Select(v => v.Price!.Value));
        Assert.Equal(new Price(6.29m, "USD"), listing.Price);
    }

    [Fact]
    public void MerchantFeedXml_GroupsItemsIntoVariants_AndKeepsSalePrice()
    {
        var results = FormatFixtures.Load("merchant-feed.xml");
        Assert.Equal(2, results.Count);
        var tee = results[0].Listing!;
        Assert.Equal("TEE", tee.Id);
        Assert.Equal(["S", "M"], tee.Variants.Select(v => v.OptionValue("Size")));
        Assert.Equal("OutOfStock", tee.Variants[1].Extra["availability"].ToString());
        var socks = results[1].Listing!;
        Assert.Equal(new Price(14.50m, "USD"), socks.Price);
        Assert.Equal("11.00", socks.Extra["salePrice"].ToString());
        Assert.Equal("InStock", socks.Extra["availability"].ToString());
        Assert.Equal(27, socks.At("/price").Line);
    }

    [Fact]
    public void MerchantFeedTsv_ReadsColumnsByHeader()
    {
        var listing = FormatFixtures.Single("merchant-feed.tsv");
        Assert.Equal(("LAMP-1", "LED Desk Lamp Dimmable", "Lumio"), (listing.Id, listing.Title, listing.Brand));
        Assert.Equal(new Price(29.99m, "USD"), listing.Price);
        Assert.Equal(2, listing.At("/price").Line);
    }

    [Fact]
    public void UnknownJsonShape_IsLL0002ListingTheKnownFormats()
    {
        var result = Assert.Single(FormatFixtures.Reader.LoadText("""{ "sku_code": "X", "cost": 3 }""", "odd.json"));
        Assert.Equal("LL0002", result.Error!.Id);
        Assert.Contains("Shopify products.json", result.Error.Message);
        Assert.Contains("AliExpress product detail", result.Error.Message);
        Assert.Contains("Google Merchant Center feed", result.Error.Message);
    }

    [Fact]
    public void ArrayOfJsonLdProducts_IsReadElementByElement()
    {
        var results = FormatFixtures.Reader.LoadText("""
            [ { "@context": "https://schema.org", "@type": "Product", "name": "Oak Laptop Stand", "sku": "OAK-1", "offers": { "@type": "Offer", "price": "72.00", "priceCurrency": "USD" } },
              { "@context": "https://schema.org", "@type": "Product", "name": "Walnut Laptop Stand", "sku": "WAL-1" } ]
            """, "products.json");
        Assert.Equal(["OAK-1", "WAL-1"], results.Select(r => r.Listing!.Id));
    }
}
