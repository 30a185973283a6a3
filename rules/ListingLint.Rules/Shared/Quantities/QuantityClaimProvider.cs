using ListingLint.Engine.Authoring;
using ListingLint.Model;

namespace ListingLint.Rules.Shared.Quantities;

/// <summary>Inserts each quantity claim of a listing, and all of them as one <see cref="QuantityClaimSet"/>.</summary>
public sealed class QuantityClaimProvider : IFactProvider
{
    public IReadOnlyCollection<Type> FactTypes { get; } = [typeof(QuantityClaim), typeof(QuantityClaimSet)];

    public IEnumerable<object> GetFacts(Listing listing)
    {
        var claims = QuantityClaimReader.Read(listing);
        return claims.Count == 0 ? [] : [.. claims, new QuantityClaimSet(listing, claims)];
    }
}
