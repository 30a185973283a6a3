namespace ListingLint.Model;

/// <summary>How and from where a listing ships.</summary>
public sealed record ShippingInfo(string? Method, int? HandlingDays, string? ShipsFrom, Location Location);
