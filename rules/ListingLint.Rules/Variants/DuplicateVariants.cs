using ListingLint.Model;
using ListingLint.Rules.Shared;

namespace ListingLint.Rules.Variants;

/// <summary>A variant that repeats an earlier one of <paramref name="Listing"/>, by SKU or by its whole set of option values.</summary>
public sealed record DuplicateVariant(Listing Listing, Variant Variant, Variant First, string By);

public static class DuplicateVariants
{
    /// <summary>Every variant that repeats an earlier one; one pass with two dictionaries, so large variant grids stay cheap.</summary>
    public static IEnumerable<DuplicateVariant> Find(Listing listing)
    {
        if (listing.Variants.Count < 2)
            yield break;
        var bySku = new Dictionary<string, Variant>(StringComparer.OrdinalIgnoreCase);
        // Variants by a hash of their options; only variants whose hashes meet have their full keys compared.
        var byHash = new Dictionary<int, List<Variant>>();
        foreach (var variant in listing.Variants)
        {
            var sku = variant.Sku?.Trim();
            if (!string.IsNullOrEmpty(sku) && !bySku.TryAdd(sku, variant))
            {
                yield return new DuplicateVariant(listing, variant, bySku[sku], "sku");
                continue;
            }
            if (variant.Options.Count == 0)
                continue;
            var hash = OptionHash(variant);
            if (!byHash.TryGetValue(hash, out var sameHash))
            {
                byHash[hash] = [variant];
                continue;
            }
            var key = OptionKey(variant);
            if (sameHash.FirstOrDefault(earlier => OptionKey(earlier) == key) is { } first)
                yield return new DuplicateVariant(listing, variant, first, "options");
            else
                sameHash.Add(variant);
        }
    }

    // Independent of the options' order, like OptionKey.
    private static int OptionHash(Variant variant)
    {
        var hash = 0;
        for (var i = 0; i < variant.Options.Count; i++)
            hash += HashCode.Combine(TextNormalizer.HashOfNormalized(variant.Options[i].Name), TextNormalizer.HashOfNormalized(variant.Options[i].Value));
        return hash;
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
