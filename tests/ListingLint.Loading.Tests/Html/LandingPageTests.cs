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

    [Fact]
    public void PageNamedByAListingInTheSameAudit_IsNotAuditedAgain_OtherPagesAre()
    {
        using var folder = new LoadingFixture();
        const string page = """<html><head><meta property="og:type" content="product"><meta property="og:title" content="{0}"></head></html>""";
        folder.Write("feed.ndjson", """{ "id": "EB", "title": "Earbuds", "page": "pages/earbuds.html" }""" + "\n");
        folder.Write("pages/earbuds.html", string.Format(page, "Earbuds"));
        folder.Write("pages/lamp.html", string.Format(page, "Desk Lamp"));
        var loaded = folder.Load(FormatFixtures.Reader, folder.Folder);
        Assert.All(loaded, r => Assert.True(r.Listing is not null, r.Error?.Message));
        Assert.Equal(["Earbuds", "Desk Lamp"], loaded.Select(r => r.Listing!.Title).Order().Reverse());
        Assert.Equal("Earbuds", Assert.Single(loaded, r => r.Listing!.Id == "EB").Listing!.LandingPage!.Listing!.Title);
    }
}
