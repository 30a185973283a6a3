namespace ListingLint.Rules.Variants;

/// <summary>Words of a variant name that say nothing about which item it is: colours, sizes, counts and filler.</summary>
public static class VariantWords
{
    public static readonly HashSet<string> Colors = new(StringComparer.Ordinal)
    {
        "black", "white", "red", "blue", "green", "yellow", "orange", "purple", "violet", "pink", "rose", "brown", "grey",
        "gray", "silver", "gold", "golden", "beige", "khaki", "navy", "cyan", "teal", "turquoise", "ivory", "cream", "coffee",
        "camel", "wine", "burgundy", "maroon", "apricot", "champagne", "bronze", "copper", "transparent", "clear", "multicolor",
        "multicolour", "colorful", "rainbow", "army", "olive", "mint", "lavender", "lilac", "coral", "peach", "nude", "tan",
        "charcoal", "graphite", "titanium", "gunmetal", "matte", "glossy", "light", "dark", "deep", "pale", "bright", "sky",
        "color", "colour", "style", "type", "model", "version",
    };

    public static readonly HashSet<string> Sizes = new(StringComparer.Ordinal)
    {
        "xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl", "2xl", "3xl", "4xl", "5xl", "small", "medium", "large", "big", "mini",
        "size", "one", "free", "standard", "regular", "eu", "us", "uk", "au", "cn",
    };

    /// <summary>Counting and filler words: "2 pcs", "1 set", "for the".</summary>
    public static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "pc", "pcs", "piece", "pair", "unit", "x", "a", "an", "the", "of", "for", "in", "to", "new", "1pc", "2pcs", "3pcs", "4pcs",
        "5pcs", "10pcs", "option", "choice", "item",
    };

    /// <summary>Adjectives many product titles share; a variant that shares only these does not name the product.</summary>
    public static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "waterproof", "wireless", "portable", "mini", "electric", "smart", "professional", "universal", "magnetic", "rechargeable",
        "usb", "fast", "high", "quality", "new", "original", "premium", "outdoor", "indoor", "home", "sport", "pro", "max", "plus",
        "ultra", "super", "hd", "digital", "multifunctional", "multi", "function", "adjustable", "durable", "cordless", "brushless",
        "upgrade", "upgraded", "hot", "sale", "women", "men", "kid", "for", "with", "and", "the", "of", "in", "1", "2", "3",
    };

    /// <summary>Everything a buyer reads about a variant: its title and its option values.</summary>
    public static string TextOf(Model.Variant variant)
    {
        var options = variant.Options;
        if (options.Count == 0)
            return variant.DisplayName;
        // The title (empty when missing), then each value, joined by spaces.
        var parts = new string?[options.Count + 1];
        parts[0] = variant.Title;
        for (var i = 0; i < options.Count; i++)
            parts[i + 1] = options[i].Value;
        return string.Join(' ', parts);
    }

    public static bool IsNoise(string word) =>
        Colors.Contains(word) || Sizes.Contains(word) || Filler.Contains(word) || Text.Words.HasDigit(word);
}
