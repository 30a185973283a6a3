using ListingLint.Rules.Shared.Quantities;

namespace ListingLint.Rules.Tests.Quantities;

public class CountParserTests
{
    [Theory]
    [InlineData("Hair Clips 10 pcs/lot", Dimension.Count, 10)]
    [InlineData("Kitchen Towels 6-Pack", Dimension.Count, 6)]
    [InlineData("Ankle Socks 2 Pairs", Dimension.Pairs, 2)]
    [InlineData("Glass Tumblers Set of 6", Dimension.Count, 6)]
    [InlineData("Batteries pack of 4", Dimension.Count, 4)]
    [InlineData("Thermal Label Paper 1 Roll", Dimension.Count, 1)]
    [InlineData("A4 Transfer Paper 1 Sheet", Dimension.Count, 1)]
    public void Counts_AreRead(string text, Dimension dimension, double value)
    {
        var count = Assert.Single(CountParser.Parse(text));
        Assert.Equal(dimension, count.Dimension);
        Assert.Equal(value, count.Value);
    }

    [Theory]
    [InlineData("24 in 1 Screwdriver Set")]
    [InlineData("512GB SSD")]
    [InlineData("Socks for Women")]
    public void NoCount_NothingRead(string text) => Assert.Empty(CountParser.Parse(text));

    [Theory]
    [InlineData("2 Pairs 1TB", Dimension.Pairs)]
    [InlineData("1TB 2 Pairs", Dimension.Data)]
    [InlineData("Supports up to 2TB, 3 pcs", Dimension.Count)]
    public void FirstQuantity_IsTheEarliestMeasureOrCount(string text, Dimension dimension) =>
        Assert.Equal(dimension, QuantityReader.First(text)!.Dimension);
}
