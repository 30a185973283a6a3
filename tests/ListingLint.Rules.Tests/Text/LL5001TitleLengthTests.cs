using ListingLint.Diagnostics;
using ListingLint.Rules.Text;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Text;

public class LL5001TitleLengthTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL5001TitleLength>();

    private static string Listing(string title) => $$"""{ "id": "t", "title": "{{title}}" }""";

    private const string Long =
        "Women Summer Floral Maxi Dress Bohemian V Neck Short Sleeve Ruffle Hem Beach Holiday Sundress Casual Loose Flowy Long Dress With Pockets";

    [Fact]
    public void TitleOverMarketplaceLimit_FiresAsWarning()
    {
        var found = Tester.Fires(Listing(Long), "LL5001", "/title", Severity.Warning);
        Assert.Equal(Long.Length.ToString(), found[0].Evidence["length"]);
    }

    [Fact]
    public void TitleOfExactly128Characters_Quiet() => Tester.Quiet(Listing(Long[..128]));

    [Fact]
    public void VeryShortTitle_FiresAsInfo() => Tester.Fires(Listing("Kiwi"), "LL5001", "/title", Severity.Info);

    [Fact]
    public void TypicalTitleAndEmptyTitle_Quiet()
    {
        Tester.Quiet(Listing("Wireless Gaming Mouse 2.4G Rechargeable RGB 4000 DPI Silent"));
        Tester.Quiet(Listing(""));
    }

    [Fact]
    public void LimitsAreOptions() =>
        RuleTester.For<LL5001TitleLength>("""{ "rules": { "LL5001": { "maxLength": 80 } } }""")
            .Fires(Listing(Long[..100]), "LL5001", "/title", Severity.Warning);
}
