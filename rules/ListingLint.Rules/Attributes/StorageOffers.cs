using ListingLint.Model;
using ListingLint.Rules.Shared;
using ListingLint.Rules.Shared.Quantities;

namespace ListingLint.Rules.Attributes;

/// <summary>A storage capacity on sale at a price: the whole listing's, or one variant's.</summary>
public sealed record StorageOffer(QuantityClaim Capacity, decimal Price, string? Currency, int? VariantIndex, bool HardDisk)
{
    public double UsdPerTb => (double)Price / (Capacity.Quantity.Value / 1000);
}

/// <summary>Finds what a storage listing sells at which price (LL1003).</summary>
public static class StorageOffers
{
    public static bool IsStorageProduct(Listing listing)
    {
        var title = Phrase(listing.Title ?? "");
        // "Micro SD Card for Phone Camera" is a card and "Dash Cam with 32GB SD Card" a camera: words after "for" or
        // "with" name what the item is used with or comes with.
        var subject = title.Split([" for ", " with "], StringSplitOptions.None)[0] + " ";
        var leaf = listing.CategoryLeaf is { } categoryLeaf ? Phrase(categoryLeaf) : null;
        foreach (var word in Padded.Accessory)
        {
            if (subject.Contains(word, StringComparison.Ordinal) || leaf is not null && leaf.Contains(word, StringComparison.Ordinal))
                return false;
        }
        var storage = LastOfAny(subject, Padded.Storage);
        var device = LastOfAny(subject, Padded.Device);
        if (device >= 0 && device > storage)
            return false;
        if (storage >= 0)
            return true;
        var category = Phrase(string.Join(" ", listing.Category));
        return Padded.Category.Any(w => category.Contains(w, StringComparison.Ordinal));
    }

    private static int LastOfAny(string text, string[] paddedWords)
    {
        var last = -1;
        foreach (var word in paddedWords)
            last = Math.Max(last, text.LastIndexOf(word, StringComparison.Ordinal));
        return last;
    }

    /// <summary>The word lists with a space on each side, ready to look up in a <see cref="Phrase"/>.</summary>
    private static class Padded
    {
        public static readonly string[] Accessory = Pad(StorageProductWords.Accessory);
        public static readonly string[] Storage = Pad([.. StorageProductWords.Flash, .. StorageProductWords.HardDisk]);
        public static readonly string[] Device = Pad(StorageProductWords.Device);
        public static readonly string[] Category = Pad(StorageProductWords.Category);

        private static string[] Pad(string[] words) => words.Select(w => " " + w + " ").ToArray();
    }

    /// <summary>
    /// Per variant when variants carry capacities (each at its own price; a variant without a price is skipped, since the
    /// listing price is usually the cheapest variant's). Otherwise the listing price against the smallest capacity claimed.
    /// </summary>
    public static IReadOnlyList<StorageOffer> Of(Listing listing, QuantityClaimSet set, IReadOnlySet<string> currencies)
    {
        var currency = listing.Price?.Currency;
        if (currency is not null && !currencies.Contains(currency))
            return [];
        var hardDisk = IsHardDisk(listing);
        var capacities = set.WithRole(QuantityRole.Storage).Where(c => !c.Quantity.IsLimit && c.Quantity.Value > 0).ToArray();
        var perVariant = capacities.Where(c => c.IsVariant).GroupBy(c => c.VariantIndex!.Value).ToArray();
        if (perVariant.Length > 0)
        {
            return perVariant
                .Where(g => g.Key < listing.Variants.Count && listing.Variants[g.Key].Price is > 0)
                .Select(g => new StorageOffer(g.MaxBy(c => c.Quantity.Value)!, listing.Variants[g.Key].Price!.Value, currency, g.Key, hardDisk))
                .ToArray();
        }
        var listingLevel = capacities.Where(c => !c.IsVariant).ToArray();
        if (listingLevel.Length == 0 || listing.Price is not { Amount: > 0 } price)
            return [];
        return [new StorageOffer(listingLevel.MinBy(c => c.Quantity.Value)!, price.Amount, currency, null, hardDisk)];
    }

    private static bool IsHardDisk(Listing listing)
    {
        var text = Phrase(listing.Title + " " + string.Join(" ", listing.Category));
        return StorageProductWords.HardDisk.Any(text.HasPhrase) && !StorageProductWords.Flash.Any(text.HasPhrase);
    }

    private static string Phrase(string text) => " " + TextNormalizer.Normalize(text) + " ";

    private static bool HasPhrase(this string phrase, string words) => phrase.Contains(" " + words + " ", StringComparison.Ordinal);
}
