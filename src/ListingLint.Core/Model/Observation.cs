namespace ListingLint.Model;

/// <summary>One value one source of a page gave for a field ("price", "currency", "availability"…), where it was read.</summary>
public sealed record Observation(string Field, string Value, string Source, Location Location);
