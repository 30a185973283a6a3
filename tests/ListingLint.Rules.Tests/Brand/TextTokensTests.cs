using ListingLint.Rules.Brand;

namespace ListingLint.Rules.Tests.Brand;

public class TextTokensTests
{
    [Fact]
    public void SplitsAtPunctuation_AndWhereLettersMeetDigits_CommaIsAPauseNotABreak()
    {
        var tokens = TextTokens.Of("iPhone15 Pro-Max, L'Oréal");
        Assert.Equal(new[] { "iphone", "15", "pro", "max", "l", "oreal" }, tokens.Words());
        Assert.Equal("Pro", tokens.Written(2));
        Assert.True(tokens.PauseBefore(4));
        Assert.False(tokens.BreakBefore(4));
        Assert.False(tokens.PauseBefore(3));
    }

    [Fact]
    public void DecimalPointIsNotAClauseBreak()
    {
        var tokens = TextTokens.Of("Bluetooth 5.3 Earbuds. Black");
        Assert.False(tokens.BreakBefore(2));
        Assert.True(tokens.BreakBefore(4));
    }

    [Fact]
    public void BarInsideANameIsNotAClauseBreak()
    {
        var inName = TextTokens.Of("Xbox Series X|S Controller");
        Assert.False(inName.BreakBefore(3));
        var separator = TextTokens.Of("Wireless Mouse | Silent");
        Assert.True(separator.BreakBefore(2));
    }
}
