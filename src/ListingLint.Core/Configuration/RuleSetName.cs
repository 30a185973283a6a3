namespace ListingLint.Configuration;

/// <summary>The base rule set named by <c>extends</c>.</summary>
public enum RuleSetName
{
    /// <summary>Rules that are enabled by default, at their default severity.</summary>
    Recommended,
    /// <summary>Every rule, including those off by default.</summary>
    All,
    /// <summary>No rule unless the configuration turns it on.</summary>
    None,
}
