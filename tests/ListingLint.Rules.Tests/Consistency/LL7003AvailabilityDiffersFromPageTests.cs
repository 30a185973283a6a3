using ListingLint.Rules.Consistency;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Consistency;

public class LL7003AvailabilityDiffersFromPageTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL7003AvailabilityDiffersFromPage>();

    [Fact]
    public void FeedInStockPageSoldOut_FiresAtFeedAvailability()
    {
        var feed = """{ "id": "LAMP", "title": "LED Desk Lamp", "price": 29.99, "availability": "in stock" }""";
        var found = Tester.Fires(LandingPages.With(feed, LandingPages.Product("LED Desk Lamp", "29.99", availability: "OutOfStock")), "LL7003", "/availability");
        Assert.Equal("InStock", found[0].Evidence["feedAvailability"]);
        Assert.Equal("OutOfStock", found[0].Evidence["pageAvailability"]);
    }

    [Theory]
    [InlineData("in stock")]
    [InlineData("in_stock")]
    [InlineData("https://schema.org/InStock")]
    public void SameAvailabilityWrittenDifferently_Quiet(string written)
    {
        var feed = $$"""{ "id": "LAMP", "title": "LED Desk Lamp", "price": 29.99, "availability": "{{written}}" }""";
        Tester.Quiet(LandingPages.With(feed, LandingPages.Product("LED Desk Lamp", "29.99")));
    }

    [Fact]
    public void FeedWithoutAvailability_Quiet() =>
        Tester.Quiet(LandingPages.With("""{ "id": "LAMP", "title": "LED Desk Lamp", "price": 29.99 }""", LandingPages.Product("LED Desk Lamp", "29.99", availability: "OutOfStock")));
}
