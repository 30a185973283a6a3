using ListingLint.Rules.Text;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Text;

public class LL5005RejectedCharactersTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL5005RejectedCharacters>();

    private static string Listing(string title) => $$"""{ "id": "t", "title": "{{title}}" }""";

    [Theory]
    [InlineData("🔥 Wireless Gaming Headset with Microphone 🎧", "🔥 (U+1F525)")]
    [InlineData("★ Stainless Steel Kitchen Knife Set ★", "★ (U+2605)")]
    [InlineData("Men Leather Wallet<br>RFID Blocking Slim", "HTML markup")]
    [InlineData("Salt &amp; Pepper Grinder Set Stainless", "HTML markup")]
    [InlineData("Cotton\u200B T-Shirt Crew Neck", "U+200B")]
    [InlineData("Cordless Drill 20V\u0007 Brushless", "U+0007")]
    public void RejectedCharacter_Fires(string title, string expected)
    {
        var found = Tester.Fires(Listing(title), "LL5005", "/title");
        Assert.Contains(expected, found[0].Evidence["characters"]);
    }

    [Theory]
    [InlineData("SIQICNC HRC65° Tungsten Carbide End Mill")]
    [InlineData("Logitech® MX Master 3S Wireless Mouse™")]
    [InlineData("Salt & Pepper Grinder Set 2×3 <50ml")]
    [InlineData("Crème Brûlée Torch Kitchen Butane Ñandú Ørsted 日本 Тест")]
    [InlineData("1/2\" Cordless Impact Wrench 20V 280 ft-lbs (380N.m)")]
    public void ProductCharacters_Quiet(string title) => Tester.Quiet(Listing(title.Replace("\"", "\\\"")));

    [Fact]
    public void AllowedCharactersOption() =>
        RuleTester.For<LL5005RejectedCharacters>("""{ "rules": { "LL5005": { "allowedCharacters": "★" } } }""")
            .Quiet(Listing("★ Stainless Steel Kitchen Knife Set ★"));
}
