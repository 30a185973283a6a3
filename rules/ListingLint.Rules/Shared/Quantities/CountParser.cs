using System.Globalization;
using System.Text.RegularExpressions;

namespace ListingLint.Rules.Shared.Quantities;

/// <summary>
/// Reads piece and pair counts the way listings write them: "10 pcs/lot", "6-pack", "2 pairs", "set of 6", "pack of 4".
/// Measures ("512GB", "1.5L") are <see cref="QuantityParser"/>'s; <see cref="QuantityReader"/> reads both.
/// </summary>
public static partial class CountParser
{
    public static IReadOnlyList<Quantity> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.AsSpan().ContainsAnyInRange('0', '9') || !text.AsSpan().ContainsAny(CountWords))
            return [];
        var found = new List<Quantity>();
        foreach (Match m in Counted().Matches(text))
        {
            var pairs = m.Groups["u"].Value.ToLowerInvariant() is "pair" or "pairs";
            Add(found, m, pairs ? Dimension.Pairs : Dimension.Count, pairs ? "pair" : "pcs");
        }
        foreach (Match m in CountOf().Matches(text))
            Add(found, m, Dimension.Count, "pcs");
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void Add(List<Quantity> found, Match m, Dimension dimension, string unit)
    {
        if (!int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
            return;
        found.Add(new Quantity(dimension, n, n, 0, m.Value.Trim(), m.Index, IsLimit: false) { Unit = unit });
    }

    // Every count names one of these (a unit of Counted, or "of" in CountOf): text without any cannot match either pattern.
    private static readonly System.Buffers.SearchValues<string> CountWords = System.Buffers.SearchValues.Create(
        ["pc", "piece", "pair", "pack", "count", "ct", "sheet", "roll", "of"], StringComparison.OrdinalIgnoreCase);

    // The unit must end the token: "24 in 1" has no unit and is not a count; "2x3pcs" is not read.
    [GeneratedRegex(@"(?<![\w.,-])(?<n>[0-9]+)\s*-?\s*(?<u>pcs|pc|pieces|piece|pairs|pair|pack|packs|count|ct|sheets|sheet|rolls|roll)(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Counted();

    [GeneratedRegex(@"\b(?:set|pack|lot|box|bag|case)\s+of\s+(?<n>[0-9]+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountOf();
}
