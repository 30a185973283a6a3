using ListingLint.Rules.Text;

namespace ListingLint.Rules.Variants;

/// <summary>Option names whose values have a known kind, and what a value of that kind contains.</summary>
public static class OptionKinds
{
    private static readonly HashSet<string> ColorNames = new(StringComparer.Ordinal) { "color", "colour", "colors", "colours", "main color", "color name" };

    private static readonly HashSet<string> PlugNames = new(StringComparer.Ordinal) { "plug", "plug type", "plug standard", "socket", "socket type" };

    private static readonly HashSet<string> SizeNames = new(StringComparer.Ordinal) { "size", "sizes", "clothing size", "shoe size" };


    // Plug standards by region. "in" (India) is a plug word but not among them: as a preposition it cannot make a value a plug.
    private static readonly HashSet<string> Regions = new(StringComparer.Ordinal)
    {
        "eu", "us", "uk", "au", "cn", "jp", "kr", "br", "ch", "it", "za", "il", "ar", "euro", "european", "american", "british", "australian",
    };

    private static readonly HashSet<string> PlugWords = new(Regions, StringComparer.Ordinal) { "in", "type", "usb", "plug", "none", "no" };

    // Colours that name nothing else: "Cream", "Coffee", "Mint" or "Wine" alone may be a form, flavour or scent.
    private static readonly HashSet<string> PlainColors = new(StringComparer.Ordinal)
    {
        "black", "white", "red", "blue", "green", "yellow", "orange", "purple", "violet", "pink", "brown", "grey", "gray", "silver",
        "gold", "golden", "beige", "khaki", "navy", "cyan", "teal", "turquoise", "burgundy", "maroon", "lavender", "lilac", "charcoal",
    };

    // Sizes that cannot be read as anything else: no "standard", "free" or "mini", which sellers put in a Color option for a model.
    private static readonly HashSet<string> LetterSizes = new(StringComparer.Ordinal)
    {
        "xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl", "2xl", "3xl", "4xl", "5xl", "small", "medium", "large",
    };

    /// <summary>The option's kind ("color", "plug", "size"), or null when its values may be anything.</summary>
    public static string? KindOf(string optionName) => Kinds[optionName];

    /// <summary>What a value holds instead of a value of <paramref name="kind"/>: an item ("Mouse pad") or a value of another kind ("EU Plug" as a colour); null when it is of its kind.</summary>
    public static ForeignValue? Foreign(string kind, string value) => ForeignValues[(kind, value)];

    // Option names and values repeat across a catalogue ("Color" / "Black"): each is read once.
    private static readonly Shared.BoundedCache<string, string?> Kinds = new(KindOfName);

    private static readonly Shared.BoundedCache<(string Kind, string Value), ForeignValue?> ForeignValues = new(key => FindForeign(key.Kind, key.Value));

    private static string? KindOfName(string optionName) => TextNormalizerName(optionName) switch
    {
        var n when ColorNames.Contains(n) => "color",
        var n when PlugNames.Contains(n) => "plug",
        var n when SizeNames.Contains(n) => "size",
        _ => null,
    };

    private static ForeignValue? FindForeign(string kind, string value)
    {
        if (value.Contains('+') || value.Contains('&'))
            return null;
        if (kind == "color" && IsMeasurement(value))
            return new ForeignValue(ForeignValueKind.OtherKind, "measurement");
        var words = Words.SingularOf(value);
        if (words.Length == 0 || words.Any(ItemTerms.BundleWords.Contains) || Words.IsNumber(words[0]) || OwnKind(kind, words, value))
            return null;
        if (ItemTerms.Find(words) is { } found)
            return new ForeignValue(ForeignValueKind.Item, found.Match.Phrase);
        return OtherKindOf(kind, words) is { } other ? new ForeignValue(ForeignValueKind.OtherKind, other) : null;
    }

    // "20mm", "12V", "64GB": a value that is one measure and nothing else.
    private static bool IsMeasurement(string value)
    {
        var trimmed = value.Trim();
        return Shared.Quantities.QuantityParser.MayHoldNumber(trimmed)
            && Shared.Quantities.QuantityParser.Parse(trimmed) is [{ Quantity: var q }] && q.Text.Length == trimmed.Length;
    }

    // Only values made wholly of another kind's words: "EU Plug" in a Color option, "Dark Grey" in a Size option, "XL" in a Color option.
    private static string? OtherKindOf(string kind, string[] words)
    {
        if (kind != "plug" && words.Contains("plug") && words.Any(Regions.Contains) && words.All(PlugWords.Contains))
            return "plug";
        if (kind != "color" && words.Any(PlainColors.Contains) && words.All(VariantWords.Colors.Contains))
            return "color";
        if (kind == "color" && words.Length == 1 && LetterSizes.Contains(words[0]))
            return "size";
        return null;
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

public enum ForeignValueKind
{
    Item,
    OtherKind,
}

/// <summary>What an option value holds instead of a value of the option's kind: an item term, or the other kind's name.</summary>
public sealed record ForeignValue(ForeignValueKind Kind, string Term)
{
    /// <summary>How a message names it: "an item (mouse pad)", "a plug".</summary>
    public string Describe() => Kind == ForeignValueKind.Item ? $"an item ({Term})" : $"a {Term}";
}
