namespace ListingLint.Model;

/// <summary>One name/value pair of a listing's attributes; names may repeat.</summary>
public sealed record ListingAttribute(string Name, string Value, int Index, Location Location);
