using ListingLint.Model;

namespace ListingLint.Rules.Shared.Quantities;

/// <summary>What kind of item a listing's title and category describe, as far as reading its quantities needs.</summary>
public sealed record TitleContext(bool IsCable, bool HasScreen, bool IsLoad, bool SeveralBatteries)
{
    public static TitleContext Of(Listing listing)
    {
        var words = TextNormalizer.Normalize(string.Join(' ', [listing.Title ?? "", .. listing.Category]))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var title = TextNormalizer.Normalize(listing.Title ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new TitleContext(
            words.Any(RoleWords.CableTitle.Contains),
            words.Any(RoleWords.ScreenTitle.Contains),
            title.Any(RoleWords.LoadTitle.Contains),
            title.Any(RoleWords.SeveralBatteriesTitle.Contains));
    }
}
