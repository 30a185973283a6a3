using ListingLint.Rules.Variants;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Variants;

public class LL2003OptionValueOfOtherKindTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL2003OptionValueOfOtherKind>();

    private static string Listing(string name, string value) => $$"""
        { "id": "x", "title": "Wireless Gaming Mouse 2.4G Rechargeable",
          "variants": [ { "sku": "A", "options": { "{{name}}": "Black" }, "price": 25 }, { "sku": "B", "options": { "{{name}}": "{{value}}" }, "price": 3.5 } ] }
        """;

    [Theory]
    [InlineData("Color", "Mouse pad")]
    [InlineData("Colour", "Cable")]
    [InlineData("Color", "Charging cable")]
    [InlineData("Plug Type", "Filter")]
    [InlineData("Plug", "Replacement filter")]
    [InlineData("Size", "Mouse pad")]
    public void ItemHiddenInAKindedOption_FiresAtTheValue(string name, string value)
    {
        var found = Tester.Fires(Listing(name, value), "LL2003", $"/variants/1/options/{name}");
        Assert.Equal(value, found[0].Evidence["value"]);
    }

    [Theory]
    [InlineData("Color", "Black cable")]
    [InlineData("Color", "Camera + 64GB")]
    [InlineData("Color", "With battery")]
    [InlineData("Color", "2 batteries")]
    [InlineData("Color", "Style A")]
    [InlineData("Plug", "EU plug filter")]
    [InlineData("Size", "Mouse pad 80x30cm")]
    [InlineData("Type", "Cable")]
    [InlineData("Bundle", "Mouse pad")]
    public void RealValuesOrFreeFormOptions_Quiet(string name, string value) => Tester.Quiet(Listing(name, value));
}
