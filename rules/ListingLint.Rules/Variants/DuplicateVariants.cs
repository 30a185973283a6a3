using ListingLint.Model;
using ListingLint.Rules.Shared;

namespace ListingLint.Rules.Variants;

/// <summary>A variant that repeats an earlier one, by SKU or by its whole set of option values.</summary>
public sealed record DuplicateVariant(Variant Variant, Variant First, string By);

public static class DuplicateVariants
{
    /// <summary>Every variant that repeats an earlier one; one pass with two dictionaries, so large variant grids stay cheap.</summary>
    public static IEnumerable<DuplicateVariant> Find(Listing listing)
    {
        if (listing.Variants.Count < 2)
            yield break;
        var bySku = new Dictionary<string, Variant>(StringComparer.OrdinalIgnoreCase);
        var byOptions = new Dictionary<string, Variant>(StringComparer.Ordinal);
        foreach (var variant in listing.Variants)
        {
            var sku = variant.Sku?.Trim();
            if (!string.IsNullOrEmpty(sku) && !bySku.TryAdd(sku, variant))
            {
                yield return new DuplicateVariant(variant, bySku[sku], "sku");
                continue;
            }
            var options = OptionKey(variant);
            if (options.Length > 0 && !byOptions.TryAdd(options, variant))
                yield return new DuplicateVariant(variant, byOptions[options], "options");
        }
    }

    // Names and values normalised and sorted, so {"Color":"Black","Size":"M"} equals {"size":"m","color":"black"}.
    private static string OptionKey(Variant variant)
    {
        var options = variant.Options;
        switch (options.Count)
        {
            case 0:
                return "";
            case 1:
                return Pair(options[0]);
            default:
                var pairs = new string[options.Count];
                for (var i = 0; i < pairs.Length; i++)
                    pairs[i] = Pair(options[i]);
                Array.Sort(pairs, StringComparer.Ordinal);
                return string.Join('|', pairs);
        }
    }

    private static string Pair(VariantOption option) => TextNormalizer.Normalize(option.Name) + "=" + TextNormalizer.Normalize(option.Value);
}
