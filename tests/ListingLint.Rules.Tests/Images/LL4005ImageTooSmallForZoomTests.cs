using ListingLint.Diagnostics;
using ListingLint.Rules.Images;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Images;

public class LL4005ImageTooSmallForZoomTests
{
    private static readonly RuleTester Tester = ImageTesters.For<LL4005ImageTooSmallForZoom>();

    [Fact]
    public void FiveHundredPixels_Fires()
    {
        var found = Tester.Fires(ImageTesters.Listing("c1", "rules/LL4005/images/charger-large.jpg", "rules/LL4005/images/charger-small.jpg"), "LL4005", "/images/1", Severity.Warning);
        Assert.Single(found);
        Assert.Equal(("500", "500", "800"), (found[0].Evidence["width"], found[0].Evidence["height"], found[0].Evidence["minLongestSide"]));
    }

    [Fact]
    public void ThousandPixels_Quiet() =>
        Tester.Quiet(ImageTesters.Listing("c2", "rules/LL4005/images/charger-large.jpg"));

    [Fact]
    public void LowerMinimumOption_Quiet() =>
        ImageTesters.For<LL4005ImageTooSmallForZoom>("""{ "rules": { "LL4005": { "minLongestSide": 500 } } }""")
            .Quiet(ImageTesters.Listing("c3", "rules/LL4005/images/charger-small.jpg"));
}
