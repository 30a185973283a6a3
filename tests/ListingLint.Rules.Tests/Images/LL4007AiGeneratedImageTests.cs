using ListingLint.Diagnostics;
using ListingLint.Rules.Images;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Images;

public class LL4007AiGeneratedImageTests
{
    private static readonly RuleTester Tester = ImageTesters.For<LL4007AiGeneratedImage>();

    [Fact]
    public void DigitalSourceTypeTrainedAlgorithmicMedia_Fires()
    {
        var found = Tester.Fires(ImageTesters.Listing("d1", "rules/LL4007/images/dress-photo.jpg", "rules/LL4007/images/dress-generated.jpg"), "LL4007", "/images/1", Severity.Warning);
        Assert.Single(found);
        Assert.Equal("XMP Iptc4xmpExt:DigitalSourceType", found[0].Evidence["field"]);
        Assert.EndsWith("trainedAlgorithmicMedia", found[0].Evidence["value"]);
    }

    [Fact]
    public void CameraPhoto_Quiet() => Tester.Quiet(ImageTesters.Listing("d2", "rules/LL4007/images/dress-photo.jpg"));

    [Fact]
    public void PhotoshopEditedPhoto_IsNotAi() => Tester.Quiet(ImageTesters.Listing("d3", "rules/LL4001/images/edited-front.jpg"));
}
