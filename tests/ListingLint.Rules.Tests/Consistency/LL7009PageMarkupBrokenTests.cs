using ListingLint.Rules.Consistency;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Consistency;

public class LL7009PageMarkupBrokenTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL7009PageMarkupBroken>();

    [Fact]
    public void BrokenJsonLdBlockOnLandingPage_FiresAtPageField_NamingTheBlock()
    {
        var page = """<script type="application/ld+json">{"@type":"Organization" "name":"Shop"}</script>""" + LandingPages.Product("Bamboo Board", "24.00");
        var found = Tester.Fires(LandingPages.With("""{ "id": "B1", "title": "Bamboo Board", "price": 24.0 }""", page), "LL7009", "/page");
        Assert.Contains("JSON-LD block 1", found[0].Message);
    }

    [Fact]
    public void ValidBlocks_Quiet() =>
        Tester.Quiet(LandingPages.With("""{ "id": "B1", "title": "Bamboo Board", "price": 24.0 }""", LandingPages.Product("Bamboo Board", "24.00")));
}
