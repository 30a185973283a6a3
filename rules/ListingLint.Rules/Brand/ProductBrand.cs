using ListingLint.Model;

namespace ListingLint.Rules.Brand;

/// <summary>A brand the listing sells the item as: its brand field, or a registry brand its title names as the product's brand.</summary>
/// <param name="Brand">The name authorizations are compared by (see <see cref="Registry.BrandRegistry.Canonical"/>).</param>
/// <param name="Written">The brand as the listing writes it.</param>
public sealed record ProductBrand(string Brand, string Written, MentionSource Source, bool Registered, Location Location);
