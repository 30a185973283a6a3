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

    [Theory]
    [InlineData("As Picture!")]
    [InlineData("  Mixed -- Colours  ")]
    [InlineData("N/A")]
    [InlineData("Ünïcödé ÇASE")]
    [InlineData("---")]
    [InlineData("")]
    [InlineData("Size: XL (EU 42)")]
    public void HashOfNormalized_IsTheHashOfTheNormalForm(string text) =>
        Assert.Equal(TextNormalizer.HashOfNormalized(TextNormalizer.Normalize(text)), TextNormalizer.HashOfNormalized(text));

    [Theory]
    [InlineData("Black", "black")]
    [InlineData("Sky-Blue", "sky blue")]
    [InlineData("  EU 42 ", "eu/42")]
    public void HashOfNormalized_IsEqualForTextsWithTheSameNormalForm(string a, string b) =>
        Assert.Equal(TextNormalizer.HashOfNormalized(a), TextNormalizer.HashOfNormalized(b));

    [Theory]
    [InlineData("black", "blue")]
    [InlineData("sky blue", "skyblue")]
    [InlineData("ab", "a b")]
    public void HashOfNormalized_TellsDifferentNormalFormsApart(string a, string b) =>
        Assert.NotEqual(TextNormalizer.HashOfNormalized(a), TextNormalizer.HashOfNormalized(b));
}
