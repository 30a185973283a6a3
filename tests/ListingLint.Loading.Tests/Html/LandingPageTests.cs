namespace ListingLint.Loading.Tests.Html;

public class LandingPageTests
{
    [Fact]
    public void PageBesideTheListing_IsLoadedAsItsLandingPage()
    {
        var json = """{ "id": "EB", "title": "Wireless Earbuds Pro", "price": 19.99, "page": "html/contradicting-prices.html" }""";
        var listing = Assert.Single(FormatFixtures.Reader.LoadText(json, "feed.json", FormatFixtures.Folder)).Listing!;
        Assert.NotNull(listing.LandingPage);
        Assert.Null(listing.LandingPage!.Problem);
        Assert.Equal("EB-PRO", listing.LandingPage.Listing!.Id);
        Assert.Equal("/page", listing.LandingPage.Location.Pointer);
    }

    [Fact]
    public void PageOutsideTheRoot_IsNotRead()
    {
        var json = """{ "id": "EB", "title": "Earbuds", "page": "../../../etc/passwd.html" }""";
        var listing = Assert.Single(FormatFixtures.Reader.LoadText(json, "feed.json", FormatFixtures.Folder)).Listing!;
        Assert.Null(listing.LandingPage!.Listing);
        Assert.Contains("leaves the folder", listing.LandingPage.Problem);
    }

    [Fact]
    public void RemotePage_IsNeverFetched()
    {
        var json = """{ "id": "EB", "title": "Earbuds", "page": "https://store.example/earbuds" }""";
        var listing = Assert.Single(FormatFixtures.Reader.LoadText(json, "feed.json", FormatFixtures.Folder)).Listing!;
        Assert.Contains("never fetches", listing.LandingPage!.Problem);
    }

    [Fact]
    public void DataUrlPage_IsReadInline()
    {
        var json = """{ "id": "EB", "title": "Earbuds", "page": "data:text/html,<meta property='og:type' content='product'><meta property='og:title' content='Earbuds'>" }""";
        var listing = Assert.Single(FormatFixtures.Reader.LoadText(json, "feed.json", FormatFixtures.Folder)).Listing!;
        Assert.Equal("Earbuds", listing.LandingPage!.Listing!.Title);
    }
}
