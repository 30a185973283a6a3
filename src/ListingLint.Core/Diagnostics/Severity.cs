namespace ListingLint.Diagnostics;

/// <summary>Ordered from least to most severe, so that severities compare with &lt; and &gt;.</summary>
public enum Severity
{
    Hidden = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
