using ListingLint.Rules.Consistency;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Consistency;

public class LL7008LandingPageUnusableTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL7008LandingPageUnusable>();

    [Fact]
    public void PageWithoutProductMarkup_FiresAtPageField()
    {
        var json = LandingPages.With("""{ "id": "B1", "title": "Bamboo Board", "price": 24.0 }""", "<html><head><title>About us</title></head><body>Hi</body></html>");
        var found = Tester.Fires(json, "LL7008", "/page");
        Assert.Contains("no product markup", found[0].Evidence["problem"]);
    }

    [Fact]
    public void MissingPageFile_Fires() =>
        Tester.Fires("""{ "id": "B1", "title": "Bamboo Board", "price": 24.0, "page": "pages/none-such.html" }""", "LL7008", "/page");

    [Fact]
    public void RemotePage_Fires() =>
        Tester.Fires("""{ "id": "B1", "title": "Bamboo Board", "price": 24.0, "page": "https://shop.example/board" }""", "LL7008", "/page");

    [Fact]
    public void ProductPage_Quiet() =>
        Tester.Quiet(LandingPages.With("""{ "id": "B1", "title": "Bamboo Board", "price": 24.0 }""", LandingPages.Product("Bamboo Board", "24.00")));

    [Fact]
    public void NoPage_Quiet() =>
        Tester.Quiet("""{ "id": "B1", "title": "Bamboo Board", "price": 24.0 }""");
}
