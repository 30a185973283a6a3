using ListingLint.Diagnostics;
using ListingLint.Rules.Brand;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Brand;

public class LL3002AuthorizationNotValidTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL3002AuthorizationNotValid>("""{ "rules": { "LL3002": { "today": "2026-11-27" } } }""");

    private static string Listing(string authorization) => $$"""
        { "id": "1", "title": "Samsung Galaxy Buds2 Pro Wireless Earbuds", "brand": "Samsung", "category": ["Consumer Electronics"],
          "brandAuthorization": {{authorization}} }
        """;

    [Fact]
    public void Expired_FiresAtAuthorization()
    {
        var found = Tester.Fires(Listing("""{ "brand": "Samsung", "validFrom": "2024-01-01", "validUntil": "2026-11-26" }"""),
            "LL3002", "/brandAuthorization", Severity.Warning);
        Assert.Equal("2026-11-26", found[0].Evidence["validUntil"]);
        Assert.Equal("2026-11-27", found[0].Evidence["today"]);
    }

    [Fact]
    public void NotYetValid_Fires()
    {
        Tester.Fires(Listing("""{ "brand": "Samsung", "validFrom": "2026-11-28" }"""), "LL3002", "/brandAuthorization");
    }

    [Theory]
    [InlineData("""{ "brand": "Samsung", "validFrom": "2026-11-27", "validUntil": "2026-11-27" }""")]
    [InlineData("""{ "brand": "Samsung" }""")]
    [InlineData("""{ "brand": "Apple", "validUntil": "2020-01-01" }""")]
    public void ValidOnTheDayOrUndatedOrOtherBrand_Quiet(string authorization)
    {
        Tester.Quiet(Listing(authorization));
    }

    [Fact]
    public void ExpiredInListing_ButValidInStoreFile_Quiet()
    {
        using var store = new StoreFolder();
        store.Write("authorizations.json", """{ "authorizations": [ { "brand": "Samsung", "validUntil": "2027-12-31" } ] }""");
        var tester = RuleTester.For<LL3002AuthorizationNotValid>(
            $$"""{ "authorizations": "{{store.PathOf("authorizations.json")}}", "rules": { "LL3002": { "today": "2026-11-27" } } }""");
        tester.Quiet(Listing("""{ "brand": "Samsung", "validUntil": "2025-01-01" }"""));
    }

    [Fact]
    public void ExpiredInStoreFile_FiresAtTheFileEntry()
    {
        using var store = new StoreFolder();
        store.Write("authorizations.json", """
            { "authorizations": [
              { "brand": "Apple", "validUntil": "2027-12-31" },
              { "brand": "Samsung", "validUntil": "2025-12-31" } ] }
            """);
        var tester = RuleTester.For<LL3002AuthorizationNotValid>(
            $$"""{ "authorizations": "{{store.PathOf("authorizations.json")}}", "rules": { "LL3002": { "today": "2026-11-27" } } }""");
        var found = tester.Fires("""{ "id": "1", "title": "Samsung Galaxy S24 Ultra 5G 256GB", "brand": "Samsung" }""", "LL3002", "/authorizations/1");
        Assert.Equal(3, found[0].Location.Line);
    }
}
