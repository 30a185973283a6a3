using ListingLint.Rules.Consistency;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Consistency;

public class LL7004TitleDiffersFromPageTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL7004TitleDiffersFromPage>();

    [Fact]
    public void PageIsAboutAnotherItem_FiresAtFeedTitle()
    {
        var feed = """{ "id": "X1", "title": "4K Action Camera 30M Waterproof", "price": 59.99 }""";
        var found = Tester.Fires(LandingPages.With(feed, LandingPages.Product("Helmet Mount Strap Accessory", "59.99")), "LL7004", "/title");
        Assert.Equal("Helmet Mount Strap Accessory", found[0].Evidence["pageTitle"]);
    }

    [Theory]
    [InlineData("4K Action Camera 30M Waterproof | Viewpro Store")]
    [InlineData("Action Camera 4K, Waterproof 30m")]
    public void SameItemWrittenDifferently_Quiet(string pageTitle)
    {
        var feed = """{ "id": "X1", "title": "4K Action Camera 30M Waterproof", "price": 59.99 }""";
        Tester.Quiet(LandingPages.With(feed, LandingPages.Product(pageTitle, "59.99")));
    }

    [Fact]
    public void Overlap_IsShareOfTheShorterTitle() =>
        Assert.Equal(1.0, LL7004TitleDiffersFromPage.Overlap("Cork Yoga Block", "Cork Yoga Block Large Natural"));
}
