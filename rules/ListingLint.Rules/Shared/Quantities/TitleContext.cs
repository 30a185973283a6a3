using ListingLint.Model;

namespace ListingLint.Rules.Shared.Quantities;

/// <summary>What kind of item a listing's title and category describe, as far as reading its quantities needs.</summary>
public sealed record TitleContext(bool IsCable, bool HasScreen, bool IsLoad, bool SeveralBatteries)
{
    public static TitleContext Of(Listing listing)
    {
        var title = TextNormalizer.Normalize(listing.Title ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The category path is short and repeats across listings: normalised through the cache.
        var category = TextNormalizer.Normalize(string.Join(' ', listing.Category)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new TitleContext(
            AnyIn(title, RoleWords.CableTitle) || AnyIn(category, RoleWords.CableTitle),
            AnyIn(title, RoleWords.ScreenTitle) || AnyIn(category, RoleWords.ScreenTitle),
            AnyIn(title, RoleWords.LoadTitle),
            AnyIn(title, RoleWords.SeveralBatteriesTitle));
    }

    // A loop rather than words.Any(set.Contains), which makes a delegate on every call.
    private static bool AnyIn(string[] words, HashSet<string> set)
    {
        foreach (var word in words)
        {
            if (set.Contains(word))
                return true;
        }
        return false;
    }
}
