using ListingLint.Diagnostics;

namespace ListingLint.Reporting.Grading;

/// <summary>
/// How likely a listing is to draw a buyer dispute or a marketplace penalty, 0–100 (docs/grading.md): each counted
/// finding is a chance, the dispute kind's weight times the severity's factor, and the chances combine as
/// independent events, so many small findings add up but never exceed 100. A relative figure for triage, not a
/// calibrated probability.
/// </summary>
public static class DisputeRisk
{
    public static double Weight(DisputeKind kind) => kind switch
    {
        // Counterfeit and trademark complaints remove the listing and penalise the store.
        DisputeKind.IntellectualProperty => 1.0,
        // "Not as described" is the most common dispute and ends in a refund.
        DisputeKind.NotAsDescribed => 0.8,
        DisputeKind.ListingPolicy => 0.6,
        DisputeKind.Delivery => 0.5,
        // A listing that cannot be read cannot be published, so it cannot be disputed.
        _ => 0.0,
    };

    public static double Factor(Severity severity) => severity switch
    {
        Severity.Error => 0.6,
        Severity.Warning => 0.3,
        Severity.Info => 0.1,
        _ => 0.0,
    };

    /// <summary>The risk in percent, rounded to a whole number.</summary>
    public static int Percent(IEnumerable<Diagnostic> diagnostics)
    {
        var safe = 1.0;
        foreach (var d in diagnostics)
        {
            if (QualityGrade.Counts(d))
                safe *= 1 - Weight(d.Descriptor.Prevents) * Factor(d.Severity);
        }
        return (int)Math.Round((1 - safe) * 100, MidpointRounding.AwayFromZero);
    }

    public static string Level(int percent) => percent switch
    {
        >= 45 => "high",
        >= 15 => "medium",
        > 0 => "low",
        _ => "none",
    };
}
