using ListingLint.Model;

namespace ListingLint.Rules.Brand;

/// <summary>
/// The category keys of one listing: those of its category path and those its title's words name. Worked out the
/// first time an everyday-word brand ("Dove", "Apple") asks whether the listing is in a category it sells in; most
/// titles name no such brand.
/// </summary>
public sealed class ListingCategoryKeys(IReadOnlyList<string> category, TextTokens? title)
{
    private HashSet<string>? _keys;

    public IReadOnlySet<string> Keys => _keys ??= Compute();

    public static ListingCategoryKeys Of(Listing listing, TextTokens? title) => new(listing.Category, title);

    private HashSet<string> Compute()
    {
        var keys = CategoryKeywords.KeysOf(category);
        if (title is not null)
            CategoryKeywords.AddKeys(title, keys);
        return keys;
    }
}
