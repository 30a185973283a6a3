using ListingLint.Diagnostics;

namespace ListingLint.Reporting;

/// <summary>Counts over a whole audit, built as reports stream past.</summary>
public sealed class AuditSummary
{
    private readonly Dictionary<Severity, int> _bySeverity = new();

    public int Listings { get; private set; }
    public int Unreadable { get; private set; }
    public int Flagged { get; private set; }
    public int Suppressed { get; private set; }
    public int Baselined { get; private set; }
    public TimeSpan Duration { get; set; }

    /// <summary>The worst severity among findings that are not suppressed or baselined; null when there are none.</summary>
    public Severity? Worst { get; private set; }

    public int Count(Severity severity) => _bySeverity.GetValueOrDefault(severity);

    public int Problems => _bySeverity.Where(p => p.Key > Severity.Hidden).Sum(p => p.Value);

    public void Add(ListingReport report)
    {
        Listings++;
        if (!report.Loaded)
            Unreadable++;
        var flagged = false;
        foreach (var diagnostic in report.Diagnostics)
        {
            switch (diagnostic.Suppression)
            {
                case SuppressionKind.InSource: Suppressed++; continue;
                case SuppressionKind.Baseline: Baselined++; continue;
            }
            _bySeverity[diagnostic.Severity] = Count(diagnostic.Severity) + 1;
            if (diagnostic.Severity > Severity.Hidden)
                flagged = true;
            if (Worst is null || diagnostic.Severity > Worst)
                Worst = diagnostic.Severity;
        }
        if (flagged)
            Flagged++;
    }

    public bool FailsAt(Severity? threshold) => threshold is { } t && Worst is { } worst && worst >= t && Count(worst) > 0 && (worst > Severity.Hidden || t == Severity.Hidden);

    public string Describe()
    {
        var problems = Problems;
        var text = $"{problems} problem{(problems == 1 ? "" : "s")} ({Count(Severity.Error)} error{Plural(Count(Severity.Error))}, " +
                   $"{Count(Severity.Warning)} warning{Plural(Count(Severity.Warning))}, {Count(Severity.Info)} info) " +
                   $"in {Flagged} of {Listings} listing{Plural(Listings)}";
        return text + $"; {Suppressed} suppressed, {Baselined} baselined" + (Unreadable > 0 ? $"; {Unreadable} could not be loaded" : "");
    }

    private static string Plural(int n) => n == 1 ? "" : "s";
}
