using ListingLint.Diagnostics;
using ListingLint.Testing;

namespace Acme.ListingRules.Tests;

public class ACME102SlowHandlingTests
{
    private static string Listing(int handlingDays) => $$"""
        {
          "id": "1005004445556",
          "title": "Ergonomic Mesh Office Chair with Lumbar Support",
          "shipping": { "method": "AliExpress Standard Shipping", "handlingDays": {{handlingDays}}, "shipsFrom": "CN" }
        }
        """;

    [Fact]
    public void SevenDayHandling_Fires()
    {
        var finding = Assert.Single(RuleTester.For<ACME102SlowHandling>().Fires(Listing(7), "ACME102", "/shipping/handlingDays", Severity.Error));

        Assert.Equal("Handling time of 7 days is above Acme's limit of 5 days", finding.Message);
        Assert.Equal("7", finding.Evidence["handlingDays"]);
    }

    [Fact]
    public void FiveDayHandling_Quiet() => RuleTester.For<ACME102SlowHandling>().Quiet(Listing(5));

    [Fact]
    public void NoShippingInfo_Quiet() => RuleTester.For<ACME102SlowHandling>().Quiet("""{ "id": "1005004445557", "title": "Ergonomic Mesh Office Chair" }""");

    [Fact]
    public void RaisedLimit_Quiet() =>
        RuleTester.For<ACME102SlowHandling>("""{ "rules": { "ACME102": { "maxHandlingDays": 10 } } }""").Quiet(Listing(7));
}
