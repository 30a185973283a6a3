using ListingLint.Diagnostics;
using ListingLint.Rules.Images;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Images;

public class LL4002ReferenceImageCopiedTests
{
    private static readonly RuleTester Tester = ImageTesters.For<LL4002ReferenceImageCopied>(ImageTesters.WithReferenceCatalog());

    [Fact]
    public void MirroredResizedCompetitorPhoto_Fires()
    {
        var found = Tester.Fires(ImageTesters.Listing("k1", "rules/LL4002/images/kettle-own-photo.jpg", "rules/LL4002/images/kettle-mirrored.jpg"), "LL4002", "/images/1", Severity.Error);
        Assert.Single(found);
        Assert.EndsWith("reference-images/competitor-kettle.jpg", found[0].Evidence["matched"]);
        Assert.Equal("yes", found[0].Evidence["mirrored"]);
        Assert.Equal("no", found[0].Evidence["identical"]);
    }

    [Fact]
    public void SameFileAsStockPhoto_FiresAsIdentical()
    {
        var found = Tester.Fires(ImageTesters.Listing("k2", "reference-images/stock-headphones.jpg"), "LL4002", "/images/0");
        Assert.Equal(("yes", "0"), (found[0].Evidence["identical"], found[0].Evidence["distance"]));
    }

    [Fact]
    public void OwnPhoto_Quiet() =>
        Tester.Quiet(ImageTesters.Listing("k3", "rules/LL4002/images/kettle-own-photo.jpg"));

    [Fact]
    public void NoReferenceCatalogConfigured_Quiet() =>
        ImageTesters.For<LL4002ReferenceImageCopied>().Quiet(ImageTesters.Listing("k4", "rules/LL4002/images/kettle-mirrored.jpg"));
}
