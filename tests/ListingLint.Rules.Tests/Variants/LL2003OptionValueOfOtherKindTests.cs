using ListingLint.Rules.Variants;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Variants;

public class LL2003OptionValueOfOtherKindTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL2003OptionValueOfOtherKind>();

    private static string Listing(string name, string value) => $$"""
        { "id": "x", "title": "Wireless Gaming Mouse 2.4G Rechargeable",
          "variants": [ { "sku": "A", "options": { "{{name}}": "Standard" }, "price": 25 }, { "sku": "B", "options": { "{{name}}": "{{value}}" }, "price": 3.5 } ] }
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
    [InlineData("Color", "EU Plug", "plug")]
    [InlineData("Colour", "Plug US", "plug")]
    [InlineData("Size", "Grey", "color")]
    [InlineData("Size", "Dark Blue", "color")]
    [InlineData("Plug", "Black", "color")]
    [InlineData("Color", "XL", "size")]
    [InlineData("Color", "20mm", "measurement")]
    [InlineData("Colour", "12V", "measurement")]
    public void ValueOfAnotherKind_FiresAtTheValue(string name, string value, string valueKind)
    {
        var found = Tester.Fires(Listing(name, value), "LL2003", $"/variants/1/options/{name}");
        Assert.Equal(valueKind, found[0].Evidence["valueKind"]);
        Assert.Contains($"\"{value}\", a {valueKind} rather than", found[0].Message);
    }

    [Theory]
    [InlineData("Color", "Black EU Plug")]
    [InlineData("Color", "Type C")]
    [InlineData("Color", "Plug-in")]
    [InlineData("Color", "Free size")]
    [InlineData("Color", "Mini")]
    [InlineData("Size", "Light")]
    [InlineData("Size", "Cream")]
    [InlineData("Size", "Coffee")]
    [InlineData("Size", "EU 42")]
    [InlineData("Size", "20mm")]
    [InlineData("Color", "Black 20mm")]
    [InlineData("Size", "Black XL")]
    [InlineData("Plug", "EU")]
    [InlineData("Style", "Grey")]
    public void ValueOfItsKindOrNotPlainlyAnother_Quiet(string name, string value) => Tester.Quiet(Listing(name, value));

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
