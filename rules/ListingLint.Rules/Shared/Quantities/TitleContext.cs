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
            title.Any(RoleWords.CableTitle.Contains) || category.Any(RoleWords.CableTitle.Contains),
            title.Any(RoleWords.ScreenTitle.Contains) || category.Any(RoleWords.ScreenTitle.Contains),
            title.Any(RoleWords.LoadTitle.Contains),
            title.Any(RoleWords.SeveralBatteriesTitle.Contains));
    }
}
