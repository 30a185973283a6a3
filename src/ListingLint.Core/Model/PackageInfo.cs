namespace ListingLint.Model;

/// <summary>Shipping package: weight and outer dimensions.</summary>
public sealed record PackageInfo(decimal? WeightKg, IReadOnlyList<decimal> DimensionsCm, Location Location);
