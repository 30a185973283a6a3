using ListingLint.Diagnostics;
using ListingLint.Rules.Images;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Images;

public class LL4003DuplicateGalleryImageTests
{
    private static readonly RuleTester Tester = ImageTesters.For<LL4003DuplicateGalleryImage>();

    [Fact]
    public void OnlyViewRepeatedResizedAndBrightened_FiresAsWarning()
    {
        var found = Tester.Fires(ImageTesters.Listing("l1", "rules/LL4003/images/lamp-front.jpg", "rules/LL4003/images/lamp-front-again.jpg"), "LL4003", "/images/1", Severity.Warning);
        Assert.Equal(("rules/LL4003/images/lamp-front.jpg", "1"), (found[0].Evidence["matched"], found[0].Evidence["distinctViews"]));
    }

    [Fact]
    public void RepeatAmongOtherAngles_FiresAsInfo() =>
        Tester.Fires(ImageTesters.Listing("l2", "rules/LL4003/images/lamp-front.jpg", "rules/LL4003/images/lamp-side.jpg", "rules/LL4003/images/lamp-front-again.jpg"), "LL4003", "/images/2", Severity.Info);

    [Fact]
    public void SameFileListedTwice_FiresAsIdentical()
    {
        var found = Tester.Fires(ImageTesters.Listing("l3", "rules/LL4003/images/lamp-side.jpg", "rules/LL4003/images/lamp-side.jpg"), "LL4003", "/images/1");
        Assert.Equal("yes", found[0].Evidence["identical"]);
    }

    [Fact]
    public void ThreeAngles_Quiet() =>
        Tester.Quiet(ImageTesters.Listing("l4", "rules/LL4003/images/lamp-front.jpg", "rules/LL4003/images/lamp-side.jpg", "rules/LL4003/images/lamp-back.jpg"));

    [Fact]
    public void SameShotInTwoColours_IsNotARepeat() =>
        Tester.Quiet(ImageTesters.Listing("l5", "rules/LL4008/images/mug-red.jpg", "rules/LL4008/images/mug-blue.jpg"));

    [Fact]
    public void VariantPicturesOfTheSameShot_AreNotRepeats() =>
        Tester.Quiet("""
            { "id": "l6", "title": "Nordic LED Desk Lamp",
              "variants": [ { "sku": "A", "options": { "Finish": "Matte" }, "image": "rules/LL4003/images/lamp-front-again.jpg" } ],
              "images": [ "rules/LL4003/images/lamp-front.jpg", "rules/LL4003/images/lamp-front-again.jpg" ] }
            """);
}
