namespace ListingLint.Rules.Shared.Quantities;

/// <summary>The units the parser reads, with the factor to their dimension's base unit.</summary>
public static class Units
{
    public sealed record Unit(Dimension Dimension, double Factor)
    {
        public string Symbol { get; init; } = "";
    }

    private static readonly Dictionary<string, Unit> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tb"] = new(Dimension.Data, 1000), ["gb"] = new(Dimension.Data, 1), ["mb"] = new(Dimension.Data, 0.001),
        ["mah"] = new(Dimension.Charge, 1), ["ah"] = new(Dimension.Charge, 1000),
        ["wh"] = new(Dimension.Energy, 1), ["kwh"] = new(Dimension.Energy, 1000),
        ["w"] = new(Dimension.Power, 1), ["kw"] = new(Dimension.Power, 1000),
        ["mm"] = new(Dimension.Length, 1), ["cm"] = new(Dimension.Length, 10), ["m"] = new(Dimension.Length, 1000),
        ["inch"] = new(Dimension.Length, 25.4), ["inches"] = new(Dimension.Length, 25.4), ["\""] = new(Dimension.Length, 25.4),
        ["''"] = new(Dimension.Length, 25.4), ["\u201d"] = new(Dimension.Length, 25.4), ["\u2033"] = new(Dimension.Length, 25.4),
        ["g"] = new(Dimension.Mass, 1), ["kg"] = new(Dimension.Mass, 1000), ["mg"] = new(Dimension.Mass, 0.001),
        ["lb"] = new(Dimension.Mass, 453.59), ["lbs"] = new(Dimension.Mass, 453.59),
        ["ml"] = new(Dimension.Volume, 1), ["l"] = new(Dimension.Volume, 1000), ["fl oz"] = new(Dimension.Volume, 29.57),
        ["v"] = new(Dimension.Voltage, 1),
    };

    /// <summary>Unit spellings for the parser's regular expression, longest first so that "mAh" wins over "m".</summary>
    public static string Pattern { get; } = string.Join("|", Table.Keys
        .OrderByDescending(k => k.Length)
        .Select(k => k.Length > 2 && char.IsLetter(k[0]) ? k.Replace(" ", "\\s*") : System.Text.RegularExpressions.Regex.Escape(k)));

    private static readonly BoundedCache<string, Unit?> Found = new(token =>
    {
        var key = System.Text.RegularExpressions.Regex.Replace(token, "\\s+", " ").ToLowerInvariant();
        return Table.TryGetValue(key, out var unit) ? unit with { Symbol = Canonical(key) } : null;
    });

    public static Unit? Find(string token) => Found[token];

    private static string Canonical(string key) => key switch
    {
        "inches" or "\"" or "''" or "\u201d" or "\u2033" => "inch",
        "lbs" => "lb",
        _ => key,
    };
}
