using ListingLint.Rules.Text;

namespace ListingLint.Rules.Variants;

/// <summary>Option names whose values have a known kind, and what a value of that kind contains.</summary>
public static class OptionKinds
{
    private static readonly HashSet<string> ColorNames = new(StringComparer.Ordinal) { "color", "colour", "colors", "colours", "main color", "color name" };

    private static readonly HashSet<string> PlugNames = new(StringComparer.Ordinal) { "plug", "plug type", "plug standard", "socket", "socket type" };

    private static readonly HashSet<string> SizeNames = new(StringComparer.Ordinal) { "size", "sizes", "clothing size", "shoe size" };

    private static readonly HashSet<string> PlugWords = new(StringComparer.Ordinal)
    {
        "eu", "us", "uk", "au", "cn", "jp", "kr", "in", "br", "ch", "it", "za", "il", "ar", "euro", "european", "american",
        "british", "australian", "type", "usb", "plug", "none", "no",
    };

    /// <summary>The option's kind ("color", "plug", "size"), or null when its values may be anything.</summary>
    public static string? KindOf(string optionName) => Kinds[optionName];

    /// <summary>Whether a value names an item rather than a value of <paramref name="kind"/>; returns the item term.</summary>
    public static string? ForeignItem(string kind, string value) => ForeignItems[(kind, value)];

    // Option names and values repeat across a catalogue ("Color" / "Black"): each is read once.
    private static readonly Shared.BoundedCache<string, string?> Kinds = new(KindOfName);

    private static readonly Shared.BoundedCache<(string Kind, string Value), string?> ForeignItems = new(key => FindForeignItem(key.Kind, key.Value));

    private static string? KindOfName(string optionName) => TextNormalizerName(optionName) switch
    {
        var n when ColorNames.Contains(n) => "color",
        var n when PlugNames.Contains(n) => "plug",
        var n when SizeNames.Contains(n) => "size",
        _ => null,
    };

    private static string? FindForeignItem(string kind, string value)
    {
        if (value.Contains('+') || value.Contains('&'))
            return null;
        var words = Words.SingularOf(value);
        if (words.Length == 0 || words.Any(ItemTerms.BundleWords.Contains) || Words.IsNumber(words[0]) || OwnKind(kind, words, value))
            return null;
        return ItemTerms.Find(words) is { } found ? found.Match.Phrase : null;
    }

    /// <summary>Whether a value holds a word of the option kind itself ("UK Adapter" for a plug, "Black cable" for a colour).</summary>
    public static bool IsOwnKind(string kind, string value) => OwnKind(kind, Words.SingularOf(value), value);

    // A value that also holds a word of the option's own kind ("Black cable") is a real value with a detail.
    private static bool OwnKind(string kind, string[] words, string value) => kind switch
    {
        "color" => words.Any(VariantWords.Colors.Contains),
        "plug" => words.Any(PlugWords.Contains),
        "size" => words.Any(VariantWords.Sizes.Contains) || value.Any(char.IsAsciiDigit),
        _ => true,
    };

    private static string TextNormalizerName(string name) => Shared.TextNormalizer.Normalize(name);
}
