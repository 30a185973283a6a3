using ListingLint.Rules.Shared;

namespace ListingLint.Rules.Shared.Quantities;

/// <summary>Decides what a quantity is a claim about, from the attribute name it stands under or the words around it in a title.</summary>
public static class QuantityRoles
{
    /// <summary>The role of a quantity in an attribute or variant option named <paramref name="name"/>.</summary>
    public static QuantityRole FromName(string name, ParsedQuantity parsed, TitleContext context)
    {
        var words = NameWords[name];
        var quantity = parsed.Quantity;
        if (quantity.IsLimit)
            return QuantityRole.None;
        return quantity.Dimension switch
        {
            Dimension.Data when words.Overlaps(RoleWords.LimitName) => QuantityRole.None,
            Dimension.Data => PlusRole(parsed) ?? (words.Overlaps(RoleWords.RamName) ? QuantityRole.Ram
                : words.Overlaps(RoleWords.StorageName) ? QuantityRole.Storage : QuantityRole.None),
            Dimension.Charge => words.Contains("rated") || words.Overlaps(RoleWords.LimitName) ? QuantityRole.None : QuantityRole.Battery,
            Dimension.Power => words.Overlaps(RoleWords.NotOutputPower) || !words.Overlaps(RoleWords.PowerName) ? QuantityRole.None : QuantityRole.Power,
            Dimension.Length when words.Overlaps(RoleWords.ScreenName) && !words.Contains("resolution") => QuantityRole.ScreenSize,
            Dimension.Length when words.Contains("length") && (words.Contains("cable") || context.IsCable) => QuantityRole.CableLength,
            Dimension.Mass => words.Contains("weight") && !words.Overlaps(RoleWords.NotItemWeight) ? QuantityRole.Weight : QuantityRole.None,
            Dimension.Volume => words.Overlaps(RoleWords.VolumeName) && !words.Overlaps(RoleWords.LimitName) ? QuantityRole.Volume : QuantityRole.None,
            Dimension.Voltage => QuantityRole.Voltage,
            _ => QuantityRole.None,
        };
    }

    /// <summary>The role of a quantity in a title (the listing's or a variant's).</summary>
    public static QuantityRole FromTitle(string title, ParsedQuantity parsed, TitleContext context)
    {
        var quantity = parsed.Quantity;
        if (quantity.IsLimit)
            return QuantityRole.None;
        return quantity.Dimension switch
        {
            Dimension.Data => PlusRole(parsed) ?? DataRoleFromNeighbours(title, parsed),
            Dimension.Charge => context.SeveralBatteries ? QuantityRole.None : QuantityRole.Battery,
            Dimension.Power => QuantityRole.Power,
            Dimension.Length when quantity.Unit == "inch" && context.HasScreen => QuantityRole.ScreenSize,
            Dimension.Length when quantity.Unit == "m" && context.IsCable => QuantityRole.CableLength,
            // Pounds in titles are mostly strengths ("10LB-80LB" fishing line), not the item's weight.
            Dimension.Mass => context.IsLoad || quantity.Unit is "lb" ? QuantityRole.None : QuantityRole.Weight,
            Dimension.Volume => QuantityRole.Volume,
            Dimension.Voltage => QuantityRole.Voltage,
            _ => QuantityRole.None,
        };
    }

    // "8GB+256GB" on a phone is RAM + storage; "12GB+12GB" (RAM + virtual RAM) says nothing certain.
    private static QuantityRole? PlusRole(ParsedQuantity parsed) => parsed switch
    {
        { Pair: PlusPair.First, PairPartner: { } other } when parsed.Quantity.Value < other.Value => QuantityRole.Ram,
        { Pair: PlusPair.Second, PairPartner: { } other } when other.Value < parsed.Quantity.Value => QuantityRole.Storage,
        { Pair: not PlusPair.None } => QuantityRole.DataUnknown,
        _ => null,
    };

    private static QuantityRole DataRoleFromNeighbours(string title, ParsedQuantity parsed)
    {
        var following = Words(title[parsed.End..]).Take(4).ToList();
        if (following.Overlaps(RoleWords.VirtualAfter))
            return QuantityRole.None;
        var after = following.FirstOrDefault();
        var previous = Words(title[..parsed.Quantity.Start]);
        // In "16GB RAM 1TB" the word RAM belongs to the 16GB before it, not to the 1TB after it; in "RAM 8GB ROM 256GB"
        // the 8GB already has its label, so ROM belongs to the 256GB.
        var labelTakenByPrevious = previous.Count >= 2 && char.IsAsciiDigit(previous[^2][0])
            && !(previous.Count >= 3 && RoleWords.DataLabel.Contains(previous[^3]));
        var before = labelTakenByPrevious ? null : previous.LastOrDefault();
        if (after is not null && RoleWords.RamAfter.Contains(after) || before == "ram")
            return QuantityRole.Ram;
        if (after is not null && RoleWords.StorageAfter.Contains(after) || before is "rom" or "storage")
            return QuantityRole.Storage;
        return QuantityRole.DataUnknown;
    }

    private static readonly BoundedCache<string, List<string>> NameWords = new(Words);

    private static List<string> Words(string text) => TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static bool Overlaps(this List<string> words, HashSet<string> set) => words.Any(set.Contains);
}
