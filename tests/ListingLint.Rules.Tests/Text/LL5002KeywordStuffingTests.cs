using ListingLint.Diagnostics;
using ListingLint.Rules.Text;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Text;

public class LL5002KeywordStuffingTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL5002KeywordStuffing>();

    private static string Listing(string title) => $$"""{ "id": "t", "title": "{{title}}" }""";

    [Fact]
    public void WordRepeatedFourTimes_FiresAsWarning()
    {
        var found = Tester.Fires(Listing("Drill Bit Set Hand Drill Mini Drill Bit Jewelry Craft Manual Drill Woodworking Tools"), "LL5002", "/title", Severity.Warning);
        Assert.Equal("drill", found[0].Evidence["word"]);
        Assert.Equal("4", found[0].Evidence["count"]);
    }

    [Fact]
    public void PluralsCountAsTheSameWord() =>
        Tester.Fires(Listing("Drill Bits Drill Set Drills for Wood Step Drill"), "LL5002", "/title", Severity.Warning);

    [Fact]
    public void WordRepeatedThreeTimes_FiresAsInfo() =>
        Tester.Fires(Listing("Woodworking Drill Bit Set Hex Shank Drill Bits for Wood Step Drill Countersink"), "LL5002", "/title", Severity.Info);

    [Fact]
    public void ThreeSynonymsOfTheProduct_FireAsWarning()
    {
        var found = Tester.Fires(Listing("Women Bag Handbag Purse Leather Shoulder Crossbody"), "LL5002", "/title", Severity.Warning);
        Assert.Equal("bag,handbag,purse", found[0].Evidence["synonyms"]);
    }

    [Theory]
    [InlineData("Phone Case Cover for Samsung Galaxy S24 Ultra Matte Shockproof")]
    [InlineData("Set of 4 Glasses for Wine for Water for Juice")]
    [InlineData("Mini Electric Drill USB Wireless Mini Handheld Drill Rotary Tool")]
    [InlineData("10 12 14 16 18 20 22 24mm Wrench Set 10 Pieces")]
    public void NormalWordingAndFunctionWords_Quiet(string title) => Tester.Quiet(Listing(title));

    [Fact]
    public void ThresholdsAreOptions() =>
        RuleTester.For<LL5002KeywordStuffing>("""{ "rules": { "LL5002": { "infoRepeats": 5, "warningRepeats": 5 } } }""")
            .Quiet(Listing("Drill Bit Set Hand Drill Mini Drill Bit Jewelry Craft Manual Drill Woodworking Tools"));
}
