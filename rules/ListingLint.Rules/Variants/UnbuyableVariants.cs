using ListingLint.Model;

namespace ListingLint.Rules.Variants;

/// <summary>A variant of <paramref name="Listing"/> nobody can order that is priced below every variant that can be ordered.</summary>
public sealed record UnbuyableVariant(Listing Listing, Variant Variant, string Reason, decimal BuyableMinimum);

public static class UnbuyableVariants
{
    public static string? Reason(Variant variant) =>
        variant.Price == 0 ? "price 0" : variant.Stock is 0 ? "stock 0" : null;

    /// <summary>Unbuyable variants (price 0, stock 0) priced below the cheapest buyable one; a zero price always is. Needs a buyable variant.</summary>
    public static IEnumerable<UnbuyableVariant> Find(Listing listing)
    {
        decimal? min = null;
        foreach (var v in listing.Variants)
        {
            if (v.Price > 0 && v.Stock is not 0 && (min is null || v.Price < min))
                min = v.Price;
        }
        if (min is not { } buyableMinimum)
            yield break;
        foreach (var v in listing.Variants)
        {
            if (Reason(v) is { } reason && v.Price is { } price && price < buyableMinimum)
                yield return new UnbuyableVariant(listing, v, reason, buyableMinimum);
        }
    }
}
