using ListingLint.Model;

namespace ListingLint.Rules.Brand;

/// <summary>
/// An authorization that applies to the listing: its own <c>brandAuthorization</c>, or an entry of the store's
/// authorizations file for one of the listing's brands.
/// </summary>
/// <param name="Brand">The name brands are compared by (see <see cref="Registry.BrandRegistry.Canonical"/>).</param>
/// <param name="DocumentPath">The document's full path when it is a local file; null for URLs or no document.</param>
/// <param name="DocumentMissing">A local document is named and no file exists at <paramref name="DocumentPath"/>.</param>
/// <param name="CoversCategory">False only when both the authorization and the listing name categories and none meet.</param>
/// <param name="ListingCategory">The listing's category path, for messages ("Men's Clothing > Tops &amp; Tees").</param>
/// <param name="Source">"listing" or the authorizations file's path.</param>
public sealed record AuthorizationFact(
    string Brand,
    string WrittenBrand,
    string? Document,
    string? DocumentPath,
    bool DocumentMissing,
    Location DocumentLocation,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    IReadOnlyList<string> Categories,
    bool CoversCategory,
    string ListingCategory,
    string Source,
    Location Location)
{
    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidUntil is null || ValidUntil >= day);

    public string ValidFromText => ValidFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public string ValidUntilText => ValidUntil?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public string Validity => ValidFrom is null ? $"until {ValidUntilText}" : ValidUntil is null ? $"from {ValidFromText}" : $"from {ValidFromText} to {ValidUntilText}";
}
