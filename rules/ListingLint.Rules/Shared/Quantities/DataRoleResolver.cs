namespace ListingLint.Rules.Shared.Quantities;

/// <summary>
/// Decides whether a capacity the title leaves open ("Phone 8GB 256GB") is RAM or storage: with no RAM stated anywhere
/// it is storage; otherwise it is whichever the listing's RAM or storage values it matches; otherwise the smaller of
/// two such figures, up to <see cref="MaxRamGb"/>, is RAM and the rest is storage.
/// </summary>
public static class DataRoleResolver
{
    /// <summary>No phone, tablet or laptop sold on marketplaces has more RAM than this; larger figures are storage.</summary>
    public const double MaxRamGb = 24;

    public static IReadOnlyList<QuantityClaim> Resolve(IReadOnlyList<QuantityClaim> claims)
    {
        if (claims.Count == 0)
            return claims;
        var unknown = claims.Where(c => c.Role == QuantityRole.DataUnknown).ToArray();
        if (unknown.Length == 0)
            return claims;
        var ram = claims.Where(c => c.Role == QuantityRole.Ram).ToArray();
        var storage = claims.Where(c => c.Role == QuantityRole.Storage).ToArray();
        return claims.Select(c => c.Role == QuantityRole.DataUnknown ? c with { Role = RoleOf(c, ram, storage, unknown) } : c).ToArray();
    }

    private static QuantityRole RoleOf(QuantityClaim claim, QuantityClaim[] ram, QuantityClaim[] storage, QuantityClaim[] unknown)
    {
        if (ram.Length == 0)
            return QuantityRole.Storage;
        if (ram.Any(claim.Agrees))
            return QuantityRole.Ram;
        if (storage.Any(claim.Agrees))
            return QuantityRole.Storage;
        var siblings = unknown.Where(u => u.Source == claim.Source && u.VariantIndex == claim.VariantIndex && u.Name == claim.Name).ToArray();
        var smallest = siblings.Length >= 2 && siblings.All(s => s.Quantity.Value >= claim.Quantity.Value);
        return smallest && claim.Quantity.Value <= MaxRamGb ? QuantityRole.Ram : QuantityRole.Storage;
    }
}
