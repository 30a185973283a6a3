namespace ListingLint.Diagnostics;

public enum SuppressionKind
{
    None,
    /// <summary>The listing itself suppresses the rule (<c>listinglint.suppress</c>).</summary>
    InSource,
    /// <summary>The finding is in the baseline file.</summary>
    Baseline,
}
