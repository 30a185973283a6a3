using ListingLint.Model;
using ListingLint.Rules.Brand.Registry;
using ListingLint.Rules.Shared;
using ListingLint.Rules.Text;
using ListingLint.Rules.Variants;

namespace ListingLint.Rules.Brand;

/// <summary>
/// A brand the registry does not know, named where sellers put their brand: the title's first word, in capitals
/// ("TREKVANA 2 Person Tent"). Read only against a brand field the registry does not know either, for LL3006.
/// </summary>
public static class TitleLeadBrand
{
    // Capitalised first words that are not brands: sales talk, who the item is for, materials, styles and seasons.
    // Colours, sizes, shared adjectives, product nouns, acronyms and category words are taken from their own lists.
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "new", "hot", "best", "free", "super", "sale", "cheap", "wholesale", "women", "woman", "womens", "men", "mens", "kids",
        "children", "child", "toddler", "baby", "girls", "girl", "boys", "boy", "ladies", "lady", "unisex", "luxury", "fashion",
        "genuine", "official", "classic", "vintage", "retro", "summer", "winter", "spring", "autumn", "fall", "handmade",
        "natural", "organic", "pure", "real", "solid", "heavy", "duty", "large", "small", "custom", "personalized", "cute",
        "funny", "sexy", "elegant", "casual", "travel", "gaming", "gamer", "office", "school", "party", "wedding", "christmas",
        "halloween", "gift", "gifts", "pack", "pair", "piece", "pieces", "design", "series", "edition", "tactical", "military",
        "stainless", "steel", "metal", "wooden", "wood", "leather", "cotton", "silk", "plastic", "glass", "ceramic", "silicone",
        "rubber", "crystal", "diamond", "anime", "cartoon", "creative", "modern", "simple", "nordic", "korean", "japanese",
        "french", "italian", "british", "american", "european", "chinese", "global", "version", "limited", "special", "extra",
        "thick", "thin", "soft", "warm", "cool", "fresh", "clean", "quick", "easy", "instant", "automatic", "manual", "double",
        "single", "dual", "triple", "multi", "full", "half", "fast", "slim", "tiny", "giant", "deluxe", "essential", "ultimate",
    };

    /// <summary>The title's first word as a brand mention, when it is a capitalised name that differs from the brand field.</summary>
    public static BrandMention? Find(Listing listing, BrandField field)
    {
        var title = listing.Title.AsSpan().TrimStart();
        var end = title.IndexOfAny(' ', '\t');
        var first = (end < 0 ? title : title[..end]).TrimEnd(",.:;!-|");
        if (first.Length < 4 || !AllCapsWords.IsShouted(first))
            return null;
        var word = first.ToString();
        var folded = word.ToLowerInvariant();
        if (IsCommon(folded))
            return null;
        var brand = BrandRegistry.Unregistered(field.Value).Replace(" ", "", StringComparison.Ordinal);
        if (brand.Length == 0 || brand.Contains(folded, StringComparison.Ordinal) || folded.Contains(brand, StringComparison.Ordinal))
            return null;
        return new BrandMention(word, word, MentionSource.Title, MentionRole.UnregisteredBrand, null, listing.At("/title"));
    }

    private static bool IsCommon(string word) =>
        CommonWords.Contains(word) || StopWords.All.Contains(word) || VariantWords.IsNoise(word) || VariantWords.Generic.Contains(word)
        || SynonymGroups.GroupOf.ContainsKey(word) || CategoryKeywords.IsKeyword(word) || PromotionalPhrases.Strong.Contains(word)
        || PromotionalPhrases.Weak.Contains(word) || GenericBrands.IsGeneric(word);
}
