using ListingLint.Diagnostics;
using ListingLint.Rules.Images;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Images;

public class LL4004PhotoSharedAcrossSellersTests
{
    private static readonly RuleTester Tester = ImageTesters.For<LL4004PhotoSharedAcrossSellers>();

    private static string Batch(string sellerA, string sellerB, string imageB = "rules/LL4004/images/watch-seller-b.jpg") => $$"""
        [ { "id": "w1", "seller": "{{sellerA}}", "title": "Men Quartz Watch", "images": [ "rules/LL4004/images/watch-seller-a.jpg" ] },
          { "id": "w2", "store": { "id": "{{sellerB}}" }, "title": "Luxury Men Watch", "images": [ "{{imageB}}" ] } ]
        """;

    [Fact]
    public void CroppedCopyInAnotherSellersListing_FiresOnBoth()
    {
        var found = Tester.Fires(Batch("TimeMaster Store", "Lucky Watch Official"), "LL4004", "/images/0", Severity.Warning);
        Assert.Equal(["w1", "w2"], found.Select(d => d.ListingId).Order());
        var first = found.Single(d => d.ListingId == "w1");
        Assert.Equal(("w2", "Lucky Watch Official"), (first.Evidence["otherListing"], first.Evidence["otherSeller"]));
    }

    [Fact]
    public void SameSellerTwoListings_Quiet() =>
        Tester.Quiet(Batch("TimeMaster Store", "timemaster store"));

    [Fact]
    public void SellersNotGiven_Quiet() =>
        Tester.Quiet("""
            [ { "id": "w3", "title": "Men Quartz Watch", "images": [ "rules/LL4004/images/watch-seller-a.jpg" ] },
              { "id": "w4", "title": "Luxury Men Watch", "images": [ "rules/LL4004/images/watch-seller-b.jpg" ] } ]
            """);

    [Fact]
    public void DifferentWatchesOfDifferentSellers_Quiet() =>
        Tester.Quiet(Batch("TimeMaster Store", "Lucky Watch Official", "rules/LL4004/images/watch-other-model.jpg"));
}
