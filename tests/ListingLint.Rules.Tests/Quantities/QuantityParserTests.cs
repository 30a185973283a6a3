using ListingLint.Rules.Shared.Quantities;

namespace ListingLint.Rules.Tests.Quantities;

public class QuantityParserTests
{
    [Fact]
    public void AtomPattern_ReadsEveryUnitInTheUnitTable()
    {
        Assert.Contains("(?<u>" + Units.Pattern + ")", QuantityParser.AtomPattern);
    }

    [Theory]
    [InlineData("1TB", true)]
    [InlineData("USB 3.2", true)]
    [InlineData("(500g)", true)]
    [InlineData("Black", false)]
    [InlineData("M6031", false)]
    [InlineData("v2.0", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void MayHoldNumber_IsTrueOnlyWhereTheNumberPatternCouldStart(string? text, bool expected)
    {
        Assert.Equal(expected, QuantityParser.MayHoldNumber(text));
        if (!expected)
            Assert.Empty(QuantityParser.Parse(text, Dimension.Data));
    }

    [Theory]
    [InlineData("256GB", Dimension.Data, 256)]
    [InlineData("256 GB", Dimension.Data, 256)]
    [InlineData("2TB", Dimension.Data, 2000)]
    [InlineData("512MB", Dimension.Data, 0.512)]
    [InlineData("10,000mAh", Dimension.Charge, 10000)]
    [InlineData("1,200,000mAh", Dimension.Charge, 1200000)]
    [InlineData("5Ah", Dimension.Charge, 5000)]
    [InlineData("74Wh", Dimension.Energy, 74)]
    [InlineData("1.5kW", Dimension.Power, 1500)]
    [InlineData("65W", Dimension.Power, 65)]
    [InlineData("6.67''", Dimension.Length, 169.418)]
    [InlineData("15.6\"", Dimension.Length, 396.24)]
    [InlineData("10.1 Inch", Dimension.Length, 256.54)]
    [InlineData("15.6-inch", Dimension.Length, 396.24)]
    [InlineData("17cm", Dimension.Length, 170)]
    [InlineData("6mm", Dimension.Length, 6)]
    [InlineData("1.5m", Dimension.Length, 1500)]
    [InlineData("6,5 cm", Dimension.Length, 65)]
    [InlineData("500g", Dimension.Mass, 500)]
    [InlineData("0.2kg", Dimension.Mass, 200)]
    [InlineData("750ml", Dimension.Volume, 750)]
    [InlineData("1.5L", Dimension.Volume, 1500)]
    [InlineData("12V", Dimension.Voltage, 12)]
    public void SingleQuantity_IsNormalisedToTheBaseUnit(string text, Dimension dimension, double value)
    {
        var quantity = Assert.Single(QuantityParser.Parse(text)).Quantity;
        Assert.Equal(dimension, quantity.Dimension);
        Assert.Equal(value, quantity.Value, 3);
        Assert.False(quantity.IsLimit);
    }

    [Theory]
    [InlineData("1TB", "1024GB")]
    [InlineData("256GB", "256 GB")]
    [InlineData("6.67 inch", "17cm")]
    [InlineData("11 inch", "27.9cm")]
    [InlineData("0.2kg", "215g")]
    [InlineData("1L", "1000ml")]
    [InlineData("1Ah", "1000mAh")]
    [InlineData("2kW", "2000W")]
    [InlineData("40L", "36-55L")]
    public void EquivalentQuantities_Agree(string left, string right) =>
        Assert.True(One(left).Agrees(One(right)), $"{left} should agree with {right}");

    [Theory]
    [InlineData("8GB", "4GB")]
    [InlineData("256GB", "64GB")]
    [InlineData("1TB", "512GB")]
    [InlineData("10.1 inch", "7 inch")]
    [InlineData("1.5L", "750ml")]
    [InlineData("500g", "250g")]
    [InlineData("256GB", "256mAh")]
    public void DifferentQuantities_Disagree(string left, string right) =>
        Assert.False(One(left).Agrees(One(right)), $"{left} should not agree with {right}");

    [Theory]
    [InlineData("64GB/128GB/256GB")]
    [InlineData("64/128/256GB")]
    [InlineData("32GB 64GB 128GB")]
    public void CapacityLists_GiveOneQuantityEach(string text)
    {
        var values = QuantityParser.Parse(text).Select(p => p.Quantity.Value).ToArray();
        Assert.Equal([64d, 128, 256], text.StartsWith("32") ? values.Select(v => v * 2).ToArray() : values);
    }

    [Theory]
    [InlineData("8GB+256GB")]
    [InlineData("8+256GB")]
    public void PlusPair_MarksFirstAndSecond(string text)
    {
        var parsed = QuantityParser.Parse(text);
        Assert.Equal([PlusPair.First, PlusPair.Second], parsed.Select(p => p.Pair));
        Assert.Equal([8d, 256], parsed.Select(p => p.Quantity.Value));
        Assert.Equal(256, parsed[0].PairPartner!.Value);
    }

    [Fact]
    public void Range_HasMinAndMax()
    {
        var quantity = One("36-55L");
        Assert.Equal((36000d, 55000d), (quantity.Min, quantity.Max));
    }

    [Theory]
    [InlineData("Card Reader Supports 2TB")]
    [InlineData("Expandable up to 1TB")]
    [InlineData("Max 512GB")]
    [InlineData("3000W Peak")]
    public void Limits_AreMarked(string text) => Assert.True(Assert.Single(QuantityParser.Parse(text)).Quantity.IsLimit);

    [Theory]
    [InlineData("Up to 150MB/s")]
    [InlineData("Mist output 300ml/h")]
    [InlineData("Output Power 10W x 2")]
    [InlineData("2*10W stereo")]
    [InlineData("30*20*10cm")]
    [InlineData("183 x 61 cm")]
    [InlineData("5G Smartphone")]
    [InlineData("4G LTE")]
    [InlineData("2.4G Wireless Mouse")]
    [InlineData("3 in 1 Charger")]
    [InlineData("M.2 2280 NVMe")]
    [InlineData("200MP Camera")]
    [InlineData("Redmi Note 13")]
    [InlineData("USB 3.0")]
    [InlineData("300gsm cotton")]
    [InlineData("64oz bottle")]
    public void NotQuantities_AreIgnored(string text) => Assert.Empty(QuantityParser.Parse(text));

    [Theory]
    [InlineData("128G", null, null)]
    [InlineData("128G", Dimension.Data, Dimension.Data)]
    [InlineData("500G", Dimension.Mass, Dimension.Mass)]
    [InlineData("8G RAM", null, Dimension.Data)]
    [InlineData("64G/128G", null, Dimension.Data)]
    [InlineData("500g", null, Dimension.Mass)]
    public void BareG_FollowsTheHint(string text, Dimension? hint, Dimension? expected)
    {
        var parsed = QuantityParser.Parse(text, hint);
        Assert.Equal(expected, parsed.Count == 0 ? null : parsed[0].Quantity.Dimension);
    }

    private static Quantity One(string text) => Assert.Single(QuantityParser.Parse(text)).Quantity;

    [Theory]
    [InlineData("\u0662\u0665\u0666GB")]
    [InlineData("\u0967\u0968 TB SSD")]
    public void DigitsOutsideAscii_AreNotReadAsNumbers(string text) => Assert.Empty(QuantityParser.Parse(text));

    [Theory]
    [InlineData("2 x 10W speaker")]
    [InlineData("10W*2 speaker")]
    [InlineData("30 \u00d7 20cm mat")]
    public void FactorsOfAProduct_AreNotClaims(string text) => Assert.DoesNotContain(QuantityParser.Parse(text), q => q.Quantity.Value is 10 or 200 && !q.Quantity.IsLimit);
}
