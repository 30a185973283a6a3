using ListingLint.Rules.Shared;

namespace ListingLint.Rules.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("As Picture!", "as picture")]
    [InlineData("  Mixed -- Colours  ", "mixed colours")]
    [InlineData("N/A", "n a")]
    [InlineData("already normal", "already normal")]
    [InlineData("double  space", "double space")]
    [InlineData(" lead", "lead")]
    [InlineData("Ünïcödé ÇASE", "ünïcödé çase")]
    [InlineData("---", "")]
    [InlineData("", "")]
    public void FoldsCaseAndPunctuation(string text, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Fact]
    public void LongText_IsNormalisedToo()
    {
        var text = string.Concat(Enumerable.Repeat("Word, ", 400));
        Assert.Equal(string.Join(' ', Enumerable.Repeat("word", 400)), TextNormalizer.Normalize(text));
    }

    [Fact]
    public void NormalText_IsReturnedAsIs() => Assert.Same("as picture", TextNormalizer.Normalize("as picture"));
}
