using ListingLint.Engine.Authoring;
using ListingLint.Model;

namespace ListingLint.Rules.Variants;

/// <summary>Facts about the variant set as a whole (duplicates for LL2004, unbuyable variants for LL2005), computed in one pass each.</summary>
public sealed class VariantChecksProvider : IFactProvider
{
    public IReadOnlyCollection<Type> FactTypes { get; } = [typeof(DuplicateVariant), typeof(UnbuyableVariant)];

    public IEnumerable<object> GetFacts(Listing listing) =>
        listing.Variants.Count < 2 ? [] : DuplicateVariants.Find(listing).Concat<object>(UnbuyableVariants.Find(listing));
}
