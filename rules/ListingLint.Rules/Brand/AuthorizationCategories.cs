using ListingLint.Rules.Shared;

namespace ListingLint.Rules.Brand;

/// <summary>Whether an authorization's categories cover a listing's category.</summary>
public static class AuthorizationCategories
{
    /// <summary>
    /// True when the authorization names no categories, the listing has no category path, an authorized category names
    /// a level of the listing's path or whole words of one (ignoring case and punctuation), or both fall under the same
    /// category key.
    /// </summary>
    public static bool Cover(IReadOnlyList<string> authorized, IReadOnlyList<string> path, IReadOnlySet<string> listingKeys)
    {
        if (authorized.Count == 0 || path.Count == 0)
            return true;
        // Whole words only: an authorization for "Phones" does not cover "Earphones".
        var levels = path.Select(TextNormalizer.Normalize).Where(l => l.Length > 0).Select(l => $" {l} ").ToArray();
        foreach (var category in authorized.Select(TextNormalizer.Normalize).Where(c => c.Length > 0))
        {
            if (levels.Any(l => l.Contains($" {category} ", StringComparison.Ordinal)))
                return true;
        }
        var authorizedKeys = CategoryKeywords.AuthorizedKeysOf(authorized);
        return authorizedKeys.Count == 0 || CategoryKeywords.Overlap(authorizedKeys, listingKeys);
    }
}
