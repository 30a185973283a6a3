using ListingLint.Diagnostics;
using ListingLint.Rules.Images;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Images;

public class LL4001RetouchedOnlyGalleryTests
{
    private static readonly RuleTester Tester = ImageTesters.For<LL4001RetouchedOnlyGallery>();

    [Fact]
    public void PhotoshopAndLightroomOnly_FiresAtTheGallery()
    {
        var found = Tester.Fires(ImageTesters.Listing("b1", "rules/LL4001/images/edited-front.jpg", "rules/LL4001/images/edited-side.jpg"), "LL4001", "/images", Severity.Warning);
        Assert.Equal("Adobe Photoshop, Adobe Lightroom", found[0].Evidence["tools"]);
        Assert.Contains("EXIF Software=Adobe Photoshop 25.0 (Windows)", found[0].Evidence["image 0"]);
        Assert.Contains("XMP xmpMM:History", found[0].Evidence["image 1"]);
    }

    [Fact]
    public void OneCameraOriginalAmongRetouched_Quiet() =>
        Tester.Quiet(ImageTesters.Listing("b2", "rules/LL4001/images/edited-front.jpg", "rules/LL4001/images/edited-side.jpg", "rules/LL4001/images/camera-detail.jpg"));

    [Fact]
    public void StrippedMetadata_IsNotCalledRetouched() =>
        Tester.Quiet(ImageTesters.Listing("b3", "rules/LL4001/images/stripped-front.jpg", "rules/LL4001/images/stripped-side.jpg"));

    [Fact]
    public void RetouchedPlusStripped_Quiet() =>
        Tester.Quiet(ImageTesters.Listing("b4", "rules/LL4001/images/edited-front.jpg", "rules/LL4001/images/stripped-side.jpg"));

    [Fact]
    public void RetouchedPlusRemoteImageNotChecked_Quiet() =>
        Tester.Quiet(ImageTesters.Listing("b5", "rules/LL4001/images/edited-front.jpg", "https://ae01.alicdn.com/kf/H123.jpg"));

    [Fact]
    public void AllowedTools_DoNotCountAsRetouching()
    {
        var tester = ImageTesters.For<LL4001RetouchedOnlyGallery>("""{ "rules": { "LL4001": { "allowedTools": ["Adobe Lightroom"] } } }""");
        tester.Quiet(ImageTesters.Listing("b6", "rules/LL4001/images/edited-front.jpg", "rules/LL4001/images/edited-side.jpg"));
        tester.Fires(ImageTesters.Listing("b7", "rules/LL4001/images/edited-front.jpg"), "LL4001", "/images");
    }
}
