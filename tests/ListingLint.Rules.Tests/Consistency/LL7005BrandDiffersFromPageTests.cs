using ListingLint.Rules.Consistency;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Consistency;

public class LL7005BrandDiffersFromPageTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL7005BrandDiffersFromPage>();

    [Fact]
    public void DifferentBrand_FiresAtFeedBrand()
    {
        var feed = """{ "id": "C1", "title": "USB-C Charger 65W", "brand": "Anker", "price": 35.0 }""";
        var found = Tester.Fires(LandingPages.With(feed, LandingPages.Product("USB-C Charger 65W", "35.00", brand: "Ugreen")), "LL7005", "/brand");
        Assert.Equal("Ugreen", found[0].Evidence["pageBrand"]);
    }

    [Theory]
    [InlineData("Anker Innovations")]
    [InlineData("ANKER")]
    public void SameBrandWrittenDifferently_Quiet(string pageBrand)
    {
        var feed = """{ "id": "C1", "title": "USB-C Charger 65W", "brand": "Anker", "price": 35.0 }""";
        Tester.Quiet(LandingPages.With(feed, LandingPages.Product("USB-C Charger 65W", "35.00", brand: pageBrand)));
    }
}
