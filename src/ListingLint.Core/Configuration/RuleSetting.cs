using ListingLint.Diagnostics;

namespace ListingLint.Configuration;

/// <summary>What the configuration says about one rule or category: off, a severity, or nothing (the default).</summary>
public sealed record RuleSetting(bool Off, Severity? Severity, RuleOptions Options)
{
    public static readonly RuleSetting Default = new(false, null, RuleOptions.Empty);
}
