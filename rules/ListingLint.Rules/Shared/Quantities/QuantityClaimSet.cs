using ListingLint.Model;

namespace ListingLint.Rules.Shared.Quantities;

/// <summary>Every quantity claim of one listing, as one fact, for rules that compare claims with each other.</summary>
public sealed class QuantityClaimSet(Listing listing, IReadOnlyList<QuantityClaim> claims)
{
    public Listing Listing { get; } = listing;

    public IReadOnlyList<QuantityClaim> Claims { get; } = claims;

    public IEnumerable<QuantityClaim> WithRole(QuantityRole role) => Claims.Where(c => c.Role == role);

    public IEnumerable<QuantityClaim> From(QuantitySource source) => Claims.Where(c => c.Source == source);

    public IEnumerable<QuantityClaim> OfVariant(int index) => Claims.Where(c => c.VariantIndex == index);
}
