using ListingLint.Model;

namespace ListingLint.Rules.Consistency;

/// <summary>A feed variant that its landing page does not sell, or sells at another price.</summary>
public sealed record VariantMismatch(Variant Feed, Variant? Page, string Problem);

/// <summary>Compares variants by SKU, only when both sides give SKUs: without them, two lists cannot be matched reliably.</summary>
public static class VariantComparison
{
    private const decimal Tolerance = 0.005m;

    public static IReadOnlyList<VariantMismatch> Compare(Listing feed, Listing page)
    {
        var pageSkus = page.Variants.Where(v => !string.IsNullOrWhiteSpace(v.Sku))
            .GroupBy(v => v.Sku!.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        if (pageSkus.Count == 0)
            return [];
        var mismatches = new List<VariantMismatch>();
        foreach (var variant in feed.Variants.Where(v => !string.IsNullOrWhiteSpace(v.Sku)))
        {
            if (!pageSkus.TryGetValue(variant.Sku!.Trim(), out var shown))
                mismatches.Add(new VariantMismatch(variant, null, "missing"));
            else if (variant.Price is { } price && shown.Price is { } pagePrice && Math.Abs(price - pagePrice) > Tolerance)
                mismatches.Add(new VariantMismatch(variant, shown, "price"));
        }
        return mismatches;
    }
}
