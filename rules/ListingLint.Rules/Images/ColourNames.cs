using ListingLint.Model.Images;

namespace ListingLint.Rules.Images;

/// <summary>
/// Colour names sellers write, mapped to the coarse families image analysis measures. Only names with one clear
/// family are listed: "Gold", "Khaki", "Beige", "Multicolor" and two-colour values map to nothing and are never judged.
/// </summary>
internal static class ColourNames
{
    public static readonly IReadOnlySet<string> AttributeNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "Color", "Colour", "Main Color", "Main Colour", "Color Name", "Colour Name" };

    private static readonly IReadOnlyDictionary<string, string> Families = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["red"] = ColourFamily.Red, ["wine red"] = ColourFamily.Red, ["burgundy"] = ColourFamily.Red, ["crimson"] = ColourFamily.Red, ["scarlet"] = ColourFamily.Red,
        ["orange"] = ColourFamily.Orange,
        ["yellow"] = ColourFamily.Yellow, ["lemon"] = ColourFamily.Yellow,
        ["green"] = ColourFamily.Green, ["army green"] = ColourFamily.Green, ["emerald"] = ColourFamily.Green, ["olive"] = ColourFamily.Green, ["mint green"] = ColourFamily.Green,
        ["blue"] = ColourFamily.Blue, ["navy"] = ColourFamily.Blue, ["navy blue"] = ColourFamily.Blue, ["royal blue"] = ColourFamily.Blue, ["sky blue"] = ColourFamily.Blue, ["denim"] = ColourFamily.Blue,
        ["purple"] = ColourFamily.Purple, ["violet"] = ColourFamily.Purple, ["lavender"] = ColourFamily.Purple,
        ["pink"] = ColourFamily.Pink, ["rose"] = ColourFamily.Pink, ["hot pink"] = ColourFamily.Pink, ["fuchsia"] = ColourFamily.Pink,
        ["brown"] = ColourFamily.Brown, ["coffee"] = ColourFamily.Brown, ["chocolate"] = ColourFamily.Brown,
        ["black"] = ColourFamily.Black,
        ["white"] = ColourFamily.White, ["ivory"] = ColourFamily.White,
        ["grey"] = ColourFamily.Grey, ["gray"] = ColourFamily.Grey, ["silver"] = ColourFamily.Grey, ["charcoal"] = ColourFamily.Grey,
    };

    private static readonly string[] Modifiers = ["light ", "dark ", "deep ", "bright ", "pale ", "matte ", "glossy "];

    /// <summary>The one family a colour value names, or null when it names none or several.</summary>
    public static string? FamilyOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = value.Trim().ToLowerInvariant();
        if (text.IndexOfAny(['/', '&', ',', '+', '|']) >= 0 || text.Contains(" and ", StringComparison.Ordinal) || text.Contains(" with ", StringComparison.Ordinal))
            return null;
        foreach (var modifier in Modifiers)
        {
            if (text.StartsWith(modifier, StringComparison.Ordinal))
                text = text[modifier.Length..];
        }
        return Families.GetValueOrDefault(text);
    }
}
