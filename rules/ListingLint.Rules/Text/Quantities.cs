using System.Globalization;
using System.Text.RegularExpressions;

namespace ListingLint.Rules.Text;

/// <summary>What a quantity measures; amounts of one dimension are comparable after conversion to its base unit.</summary>
public enum Dimension
{
    Count,
    Pairs,
    Data,
    Volume,
    Mass,
    Length,
}

/// <summary>An amount in its dimension's base unit (pieces, pairs, GB, ml, g, mm) and the text it was read from.</summary>
public readonly record struct Quantity(decimal Amount, Dimension Dimension, string Text);

/// <summary>Reads quantities written the way listings write them: "512GB", "1 TB", "10 pcs/lot", "set of 6", "pack of 4", "6-pack", "2 pairs".</summary>
public static partial class Quantities
{
    public static List<Quantity> All(string? text)
    {
        var found = new List<Quantity>();
        if (string.IsNullOrEmpty(text))
            return found;
        foreach (Match m in Measure().Matches(text))
        {
            if (TryConvert(m.Groups["n"].Value, m.Groups["u"].Value, out var amount, out var dimension))
                found.Add(new Quantity(amount, dimension, m.Value.Trim()));
        }
        foreach (Match m in CountOf().Matches(text))
            found.Add(new Quantity(decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), Dimension.Count, m.Value.Trim()));
        return found;
    }

    public static Quantity? First(string? text)
    {
        var all = All(text);
        return all.Count > 0 ? all[0] : null;
    }

    /// <summary>Piece and pair counts only ("6 pcs", "set of 6", "2 pairs"): what the buyer will count in the parcel.</summary>
    public static IEnumerable<Quantity> Counts(string? text) =>
        All(text).Where(q => q.Dimension is Dimension.Count or Dimension.Pairs);

    private static bool TryConvert(string number, string unit, out decimal amount, out Dimension dimension)
    {
        amount = 0;
        dimension = Dimension.Count;
        if (!decimal.TryParse(number.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) || n <= 0)
            return false;
        (decimal factor, dimension) = unit.ToLowerInvariant() switch
        {
            "tb" => (1024m, Dimension.Data),
            "gb" => (1m, Dimension.Data),
            "mb" => (1m / 1024, Dimension.Data),
            "l" => (1000m, Dimension.Volume),
            "ml" => (1m, Dimension.Volume),
            "kg" => (1000m, Dimension.Mass),
            "g" => (1m, Dimension.Mass),
            "m" => (1000m, Dimension.Length),
            "cm" => (10m, Dimension.Length),
            "mm" => (1m, Dimension.Length),
            "ft" => (304.8m, Dimension.Length),
            "pair" or "pairs" => (1m, Dimension.Pairs),
            _ => (1m, Dimension.Count),
        };
        amount = n * factor;
        return true;
    }

    // The unit must end the token: "4K", "3-12mm" ranges and "2x3.0Ah" are not read; "24 in 1" has no unit and is not a count.
    [GeneratedRegex(@"(?<![\w.,-])(?<n>\d+(?:[.,]\d+)?)\s*-?\s*(?<u>tb|gb|mb|ml|l|kg|g|mm|cm|m|ft|pcs|pc|pieces|piece|pairs|pair|pack|packs|count|ct|sheets|rolls)(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Measure();

    [GeneratedRegex(@"\b(?:set|pack|lot|box|bag|case)\s+of\s+(?<n>\d+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountOf();
}
