namespace ListingLint.Loading.Tests.Html;

public class PlatformDataTests
{
    [Fact]
    public void ShopifyThemeJson_PricesInCents()
    {
        var listing = FormatFixtures.Single("html/shopify-theme.html");
        Assert.Equal("Cork Yoga Block", listing.Title);
        Assert.Equal("Corkula", listing.Brand);
        Assert.Equal([19.99m, 24.99m], listing.Variants.Select(v => v.Price!.Value));
        Assert.Equal("Large", listing.Variants[1].OptionValue("Size"));
        Assert.Equal(Model.SourceKinds.PlatformData, listing.Source.SourceOf("/variants/0/price"));
    }

    [Fact]
    public void AliExpressRunParams_SkusWithCustomValueNames()
    {
        var listing = FormatFixtures.Single("html/aliexpress-runparams.html");
        Assert.Equal("1005001234567890", listing.Id);
        Assert.Equal("USB C Cable 100W Fast Charging Braided 2m", listing.Title);
        Assert.Equal(2, listing.Variants.Count);
        Assert.Equal("Pearl White", listing.Variants[1].OptionValue("Color"));
        Assert.Equal("2m", listing.Variants[1].OptionValue("Length"));
        Assert.Equal(0, listing.Variants[1].Stock);
        Assert.Equal(new Model.Price(3.99m, "USD"), listing.Price);
    }
}
