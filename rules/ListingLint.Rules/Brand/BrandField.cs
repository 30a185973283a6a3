using ListingLint.Model;

namespace ListingLint.Rules.Brand;

/// <summary>The brand a listing states in its <c>brand</c> field or its "Brand" / "Brand Name" attribute.</summary>
/// <param name="Brand">The registry's name when the value is a known brand, else the normalised value.</param>
/// <param name="Registered">The value is a brand of the registry.</param>
public sealed record BrandField(string Value, string Brand, bool IsGeneric, bool Registered, Location Location);
