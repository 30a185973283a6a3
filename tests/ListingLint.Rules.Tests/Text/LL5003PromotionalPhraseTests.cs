using ListingLint.Diagnostics;
using ListingLint.Rules.Text;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Text;

public class LL5003PromotionalPhraseTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL5003PromotionalPhrase>();

    private static string Listing(string title) => $$"""{ "id": "t", "title": "{{title}}" }""";

    [Theory]
    [InlineData("Wireless Bluetooth Earbuds TWS Stereo Headset Free Shipping", "free shipping")]
    [InlineData("Hot Sale Women Casual Sneakers Breathable Mesh", "hot sale")]
    [InlineData("Best Cordless Vacuum Cleaner Handheld 25000Pa", "best")]
    [InlineData("100% Quality Genuine Leather Men Belt Automatic Buckle", "100 quality")]
    [InlineData("Top Sale Hand Drill Power Tools 18V Electric Impact Drill", "top sale")]
    [InlineData("Makita 18V Brushless Electric Wrench Free Delivery Torque", "free delivery")]
    [InlineData("2024 New Arrival Ceramic Coffee Mug 350ml with Wooden Lid", "2024 new arrival")]
    [InlineData("Ceramic Coffee Mug 350ml New Arrival Nordic Style", "new arrival")]
    public void SalesTalk_FiresAsWarning(string title, string phrase)
    {
        var found = Tester.Fires(Listing(title), "LL5003", "/title", Severity.Warning);
        Assert.Contains(phrase, found[0].Evidence["phrases"]);
    }

    [Theory]
    [InlineData("Drill Bits Set HSS High Speed Steel High Quality Power Tools")]
    [InlineData("2025 New Portable SSD 1TB USB 3.2 Navy Blue")]
    public void SofterWording_FiresAsInfo(string title) =>
        Tester.Fires(Listing(title), "LL5003", "/title", Severity.Info);

    [Theory]
    [InlineData("Best Friend Necklace Set for 2 Heart Puzzle Pendant")]
    [InlineData("World's Best Dad Coffee Mug 11oz Ceramic")]
    [InlineData("Women Hot Pink Satin Slip Dress Sleeveless")]
    [InlineData("Rubber Hot Water Bottle 2L with Knitted Cover")]
    [InlineData("Hot Glue Gun 20W Mini with 30 Glue Sticks")]
    [InlineData("Free Size Knitted Beanie Hat Women Winter")]
    public void ProductNamesThatContainTheWords_Quiet(string title) => Tester.Quiet(Listing(title));
}
