namespace ListingLint.Model;

/// <summary>A listing's own request to silence one rule, with the reason a reviewer will read.</summary>
public sealed record Suppression(string RuleId, string? Justification, Location Location);
