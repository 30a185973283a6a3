using ListingLint.Configuration;
using ListingLint.Engine.Authoring;
using ListingLint.Model;
using ListingLint.Rules.Brand.Registry;

namespace ListingLint.Rules.Brand;

/// <summary>
/// Computes the brand facts of a listing: its brand field, the registry brands its title and description name (with
/// their roles), the brands it sells the item as, and the authorizations that apply to them.
/// </summary>
public sealed class BrandFactProvider : IFactProvider
{
    private readonly BrandRegistry _registry;
    private readonly StoreAuthorizations _store;

    public BrandFactProvider(AuditConfiguration configuration)
    {
        _registry = BrandRegistryReader.For(configuration);
        _store = StoreAuthorizations.Load(configuration, _registry);
    }

    public IReadOnlyCollection<Type> FactTypes { get; } = [typeof(BrandField), typeof(BrandMention), typeof(ProductBrand), typeof(AuthorizationFact)];

    public IEnumerable<object> GetFacts(Listing listing)
    {
        var field = ReadField(listing);
        // The category path's own keys, without the title's; only authorizations need them.
        var pathKeys = listing.BrandAuthorization is not null || _store.Count > 0 ? CategoryKeywords.KeysOf(listing.Category) : null;
        var mentions = ListingMentions.Find(listing, _registry, field);
        var products = ProductBrands(field, mentions);
        // Two names the registry does not know can still disagree (LL3006): the title's capitalised first word is read
        // only when no registry brand names the product there.
        if (field is { IsGeneric: false, Registered: false } && !mentions.Exists(m => m.Where == MentionSource.Title && m.ClaimsProduct)
            && TitleLeadBrand.Find(listing, field) is { } lead)
            mentions.Add(lead);

        var facts = new List<object>(mentions.Count + products.Count + 2);
        if (field is not null)
            facts.Add(field);
        facts.AddRange(mentions);
        facts.AddRange(products);
        foreach (var (authorization, fromListing) in Authorizations(listing, products))
            facts.Add(ToFact(authorization, fromListing, listing, pathKeys!));
        return facts;
    }

    private BrandField? ReadField(Listing listing)
    {
        if (!string.IsNullOrWhiteSpace(listing.Brand))
            return Field(listing.Brand, listing.At("/brand"));
        var attribute = GenericBrands.AttributeNames.SelectMany(listing.AttributesNamed).FirstOrDefault();
        return attribute is null ? null : Field(attribute.Value, attribute.Location);
    }

    private BrandField Field(string value, Location location)
    {
        // "Generic", "None", "NoEnName_Null": no registry brand is one of them, so they are not looked up.
        var generic = GenericBrands.IsGeneric(value);
        var entry = generic ? null : _registry.Resolve(value);
        return new BrandField(value, entry?.Name ?? BrandRegistry.Unregistered(value), generic, entry is not null, location);
    }

    private static List<ProductBrand> ProductBrands(BrandField? field, List<BrandMention> mentions)
    {
        var products = new List<ProductBrand>(2);
        if (field is { IsGeneric: false })
            products.Add(new ProductBrand(field.Brand, field.Value, MentionSource.BrandField, field.Registered, field.Location));
        var titleBrand = mentions.FirstOrDefault(m => m.Where == MentionSource.Title && m.ClaimsProduct);
        if (titleBrand is not null && products.All(p => p.Brand != titleBrand.Brand))
            products.Add(new ProductBrand(titleBrand.Brand, titleBrand.Matched, MentionSource.Title, true, titleBrand.Location));
        return products;
    }

    private IEnumerable<(AuthorizationEntry Entry, bool FromListing)> Authorizations(Listing listing, List<ProductBrand> products)
    {
        if (listing.BrandAuthorization is { } own)
        {
            yield return (new AuthorizationEntry(_registry.Canonical(own.Brand), own.Brand, own.Document, own.DocumentPath, own.ValidFrom, own.ValidUntil,
                own.Categories, own.Location), true);
        }
        foreach (var brand in products.Select(p => p.Brand).Distinct())
        {
            foreach (var entry in _store.For(brand))
                yield return (entry, false);
        }
    }

    private static AuthorizationFact ToFact(AuthorizationEntry a, bool fromListing, Listing listing, IReadOnlySet<string> listingKeys)
    {
        return new AuthorizationFact(
            a.Brand, a.WrittenBrand, a.Document, a.DocumentPath,
            a.DocumentPath is not null && !File.Exists(a.DocumentPath),
            fromListing ? listing.At(a.Location.Pointer + "/document") : a.Location.WithPointer(a.Location.Pointer + "/document"),
            a.ValidFrom, a.ValidUntil, a.Categories,
            AuthorizationCategories.Cover(a.Categories, listing.Category, listingKeys),
            string.Join(" > ", listing.Category),
            fromListing ? "listing" : a.Location.File,
            a.Location);
    }
}
