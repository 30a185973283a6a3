using ListingLint.Diagnostics;
using ListingLint.Rules.Images;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Images;

public class LL4006BrokenImageTests
{
    private static readonly RuleTester Tester = ImageTesters.For<LL4006BrokenImage>();

    [Theory]
    [InlineData("rules/LL4006/images/nope.jpg", "Missing", Severity.Error)]
    [InlineData("rules/LL4006/images/bottle-garbage.jpg", "NotAnImage", Severity.Error)]
    [InlineData("rules/LL4006/images/bottle-truncated.jpg", "Truncated", Severity.Warning)]
    [InlineData("rules/LL4006/images/bottle-bomb.png", "TooLarge", Severity.Warning)]
    [InlineData("rules/LL4006/images", "NotAnImage", Severity.Error)]
    [InlineData("../../outside.jpg", "OutsideRoot", Severity.Error)]
    public void BrokenImage_FiresWithItsKind(string src, string kind, Severity severity)
    {
        var found = Tester.Fires(ImageTesters.Listing("g1", "rules/LL4006/images/bottle.jpg", src), "LL4006", "/images/1", severity);
        Assert.Single(found);
        Assert.Equal(kind, found[0].Evidence["problem"]);
    }

    [Fact]
    public void PixelBomb_IsRejectedFromItsHeader()
    {
        var found = Tester.Fires(ImageTesters.Listing("g2", "rules/LL4006/images/bottle-bomb.png"), "LL4006", "/images/0");
        Assert.Contains("30000x30000 = 900000000 pixels", found[0].Evidence["detail"]);
    }

    [Fact]
    public void ValidLocalAndRemoteImages_Quiet() =>
        Tester.Quiet(ImageTesters.Listing("g3", "rules/LL4006/images/bottle.jpg", "https://ae01.alicdn.com/kf/S1234.jpg"));
}
