using ListingLint.Rules.Shared;

namespace ListingLint.Rules.Attributes;

/// <summary>How strongly a value says nothing about the item.</summary>
public enum PlaceholderStrength
{
    None,
    /// <summary>Vague but sometimes a real choice ("Other", "Mixed"): info.</summary>
    Weak,
    /// <summary>Points the buyer elsewhere or is a platform default ("as picture", "NoEnName_Null"): warning.</summary>
    Strong,
}

/// <summary>Values sellers put where a real attribute value belongs. Matched on normalised text (see <see cref="TextNormalizer"/>).</summary>
public static class PlaceholderValues
{
    private static readonly HashSet<string> Strong = new(StringComparer.Ordinal)
    {
        "as picture", "as pictures", "as the picture", "as in picture", "as pic", "as photo", "as photos", "as image", "as shown",
        "as show", "as shown in picture", "as shown in the picture", "as description", "same as picture", "like picture",
        "like the picture", "picture color", "picture colour", "photo color", "photo colour", "see picture", "see pictures",
        "see photo", "see photos", "see image", "see images", "see description", "see details", "see detail", "see below",
        "refer to picture", "refer to pictures", "refer to description", "please see description", "please see picture",
        "shown in picture", "show as picture", "n a", "na", "null", "nil", "undefined", "tbd", "xxx", "default", "default title",
        "noenname null", "noenname", "none enname null", "all phones", "all models", "all phone models", "all sizes",
    };

    private static readonly HashSet<string> Weak = new(StringComparer.Ordinal)
    {
        "other", "others", "various", "mixed", "mixed color", "mixed colors", "mixed colour", "mixed colours", "assorted",
        "assorted colors", "random", "random color", "random colors", "random colour", "multi", "unknown",
    };

    /// <summary>Classifies a value; <paramref name="allowed"/> holds normalised values the store accepts.</summary>
    public static PlaceholderStrength Classify(string value, IReadOnlySet<string> allowed)
    {
        var normalized = TextNormalizer.Normalize(value);
        if (normalized.Length == 0)
            return string.IsNullOrWhiteSpace(value) || value.Trim().All(c => c is '-' or '?' or '.' or '/' or '*') ? PlaceholderStrength.Strong : PlaceholderStrength.None;
        if (allowed.Contains(normalized))
            return PlaceholderStrength.None;
        if (Strong.Contains(normalized))
            return PlaceholderStrength.Strong;
        return Weak.Contains(normalized) ? PlaceholderStrength.Weak : PlaceholderStrength.None;
    }
}
