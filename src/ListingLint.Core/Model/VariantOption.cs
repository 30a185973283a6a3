namespace ListingLint.Model;

/// <summary>One option of a variant ("Color": "Black"); Location points at the value.</summary>
public sealed record VariantOption(string Name, string Value, Location Location);
