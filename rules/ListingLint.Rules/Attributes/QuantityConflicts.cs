using ListingLint.Rules.Shared.Quantities;

namespace ListingLint.Rules.Attributes;

/// <summary>
/// Finds what an attribute's quantity contradicts (LL1002). An attribute agrees when any of its values matches the title
/// or a variant; a title that lists several values ("64GB/128GB/256GB") contradicts only an attribute that matches none.
/// </summary>
public static class QuantityConflicts
{
    public static readonly IReadOnlyList<QuantityRole> DefaultRoles =
    [
        QuantityRole.Ram, QuantityRole.Storage, QuantityRole.Battery, QuantityRole.Power, QuantityRole.ScreenSize,
        QuantityRole.CableLength, QuantityRole.Weight, QuantityRole.Volume,
    ];

    /// <summary>The claims <paramref name="claim"/> contradicts (the title's, or an earlier attribute's), or an empty list.</summary>
    public static IReadOnlyList<QuantityClaim> Find(QuantityClaim claim, QuantityClaimSet set, double tolerance)
    {
        if (claim.Source != QuantitySource.Attribute)
            return [];
        var same = set.WithRole(claim.Role).ToArray();
        // Repeated names ("Capacity: 64GB", "Capacity: 128GB") are one attribute with several values.
        var own = same.Where(c => c.Source == QuantitySource.Attribute && string.Equals(c.Name, claim.Name, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (own[0] != claim)
            return [];
        var variants = same.Where(c => c.IsVariant).ToArray();
        bool Agree(QuantityClaim a, QuantityClaim b) => a.Quantity.Agrees(b.Quantity, tolerance) || IsGrossOf(a, b, tolerance);
        bool Offered(QuantityClaim a) => variants.Any(v => Agree(v, a));
        if (own.Any(Offered))
            return [];
        var title = same.Where(c => c.Source == QuantitySource.Title).ToArray();
        if (title.Length > 0)
        {
            // Storage and RAM are compared per attribute; other roles (weight, power…) have net/gross or per-port
            // variants, so one attribute matching the title is enough.
            var agreeing = IsData(claim.Role) ? own : same.Where(c => c.Source == QuantitySource.Attribute).ToArray();
            return agreeing.Any(a => title.Any(t => Agree(a, t))) ? [] : title;
        }
        if (!IsData(claim.Role))
            return [];
        var index = Index(set, claim);
        var earlier = same
            .Where(c => c.Source == QuantitySource.Attribute && !string.Equals(c.Name, claim.Name, StringComparison.OrdinalIgnoreCase)
                        && Index(set, c) < index && !Offered(c))
            .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(g => !g.Any(c => own.Any(o => Agree(o, c))));
        return earlier?.ToArray() ?? [];
    }

    public static string Describe(QuantityRole role) => role switch
    {
        QuantityRole.Ram => "RAM",
        QuantityRole.Storage => "storage capacity",
        QuantityRole.Battery => "battery capacity",
        QuantityRole.Power => "output power",
        QuantityRole.ScreenSize => "screen size",
        QuantityRole.CableLength => "cable length",
        QuantityRole.Weight => "weight",
        QuantityRole.Volume => "capacity",
        _ => role.ToString(),
    };

    public static string Values(IEnumerable<QuantityClaim> claims) => string.Join(" / ", claims.Select(c => c.Quantity.Text).Distinct());

    /// <summary>A "Weight" attribute (not "Net Weight") up to half again the title's figure is that content plus its packaging.</summary>
    private static bool IsGrossOf(QuantityClaim attribute, QuantityClaim other, double tolerance) =>
        attribute.Role == QuantityRole.Weight && other.Source != QuantitySource.Attribute
        && attribute.Name is { } name && !name.Contains("net", StringComparison.OrdinalIgnoreCase)
        && attribute.Quantity.Max >= other.Quantity.Min * (1 - tolerance) && attribute.Quantity.Min <= other.Quantity.Max * 1.5;

    private static bool IsData(QuantityRole role) => role is QuantityRole.Ram or QuantityRole.Storage;

    private static int Index(QuantityClaimSet set, QuantityClaim claim)
    {
        for (var i = 0; i < set.Claims.Count; i++)
        {
            if (ReferenceEquals(set.Claims[i], claim))
                return i;
        }
        return -1;
    }
}
