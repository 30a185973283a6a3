using ListingLint.Model;
using ListingLint.Rules.Shared;

namespace ListingLint.Rules.Variants;

/// <summary>A variant that repeats an earlier one of <paramref name="Listing"/>, by SKU or by its whole set of option values.</summary>
public sealed record DuplicateVariant(Listing Listing, Variant Variant, Variant First, string By);

public static class DuplicateVariants
{
    // Up to this many variants each is compared with the earlier ones; larger grids are indexed by two dictionaries.
    private const int ScannedUpTo = 16;

    /// <summary>Every variant that repeats an earlier one, by SKU (case and surrounding spaces aside) or by its options.</summary>
    public static IReadOnlyList<DuplicateVariant> Find(Listing listing) => listing.Variants.Count switch
    {
        < 2 => [],
        <= ScannedUpTo => Scan(listing),
        _ => Index(listing),
    };

    // The variant counts most listings have: nothing is allocated unless a repeat is found.
    private static IReadOnlyList<DuplicateVariant> Scan(Listing listing)
    {
        var variants = listing.Variants;
        Span<int> hashes = stackalloc int[variants.Count];
        // Variants a later one can repeat by options: they have options and repeat nothing themselves.
        Span<bool> comparable = stackalloc bool[variants.Count];
        List<DuplicateVariant>? found = null;
        for (var i = 0; i < variants.Count; i++)
        {
            var variant = variants[i];
            if (SkuOf(variant) is { } sku && FirstWithSku(variants, i, sku) is { } sameSku)
            {
                (found ??= []).Add(new DuplicateVariant(listing, variant, sameSku, "sku"));
                continue;
            }
            if (variant.Options.Count == 0)
                continue;
            hashes[i] = OptionHash(variant);
            string? key = null;
            Variant? sameOptions = null;
            for (var j = 0; j < i && sameOptions is null; j++)
            {
                if (comparable[j] && hashes[j] == hashes[i] && OptionKey(variants[j]) == (key ??= OptionKey(variant)))
                    sameOptions = variants[j];
            }
            if (sameOptions is not null)
                (found ??= []).Add(new DuplicateVariant(listing, variant, sameOptions, "options"));
            else
                comparable[i] = true;
        }
        return found ?? [];
    }

    private static Variant? FirstWithSku(IReadOnlyList<Variant> variants, int before, string sku)
    {
        for (var j = 0; j < before; j++)
        {
            if (string.Equals(SkuOf(variants[j]), sku, StringComparison.OrdinalIgnoreCase))
                return variants[j];
        }
        return null;
    }

    // Large variant grids: one pass with two dictionaries, and the same answers as Scan.
    private static List<DuplicateVariant> Index(Listing listing)
    {
        var found = new List<DuplicateVariant>();
        var bySku = new Dictionary<string, Variant>(StringComparer.OrdinalIgnoreCase);
        // Variants by a hash of their options; only variants whose hashes meet have their full keys compared.
        var byHash = new Dictionary<int, List<Variant>>();
        foreach (var variant in listing.Variants)
        {
            if (SkuOf(variant) is { } sku && !bySku.TryAdd(sku, variant))
            {
                found.Add(new DuplicateVariant(listing, variant, bySku[sku], "sku"));
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
                found.Add(new DuplicateVariant(listing, variant, first, "options"));
            else
                sameHash.Add(variant);
        }
        return found;
    }

    private static string? SkuOf(Variant variant) => variant.Sku?.Trim() is { Length: > 0 } sku ? sku : null;

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
