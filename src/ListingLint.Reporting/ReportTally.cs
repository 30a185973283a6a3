using ListingLint.Diagnostics;
using ListingLint.Reporting.Grading;

namespace ListingLint.Reporting;

/// <summary>Open findings counted by rule and by dispute kind, and listings by grade, for the summaries of the html and markdown reports.</summary>
public sealed class ReportTally
{
    private readonly Dictionary<string, RuleTally> _byRule = new(StringComparer.Ordinal);
    private readonly Dictionary<DisputeKind, KindTally> _byKind = new();
    private readonly int[] _grades = new int[QualityGrade.Grades.Count];

    public IEnumerable<RuleTally> ByRule => _byRule.Values.OrderByDescending(r => r.Worst).ThenByDescending(r => r.Findings).ThenBy(r => r.Descriptor.Id, StringComparer.Ordinal);

    public IEnumerable<KindTally> ByKind => _byKind.Values.OrderByDescending(k => DisputeRisk.Weight(k.Kind)).ThenBy(k => k.Kind);

    public int Graded(char grade) => _grades[grade - 'A'];

    public void Add(ListingReport report, ListingAssessment assessment)
    {
        _grades[assessment.Grade - 'A']++;
        var open = report.Diagnostics.Where(d => !d.IsSuppressed && d.Severity > Severity.Hidden).ToArray();
        foreach (var d in open)
        {
            var rule = _byRule.TryGetValue(d.Id, out var r) ? r : _byRule[d.Id] = new RuleTally(d.Descriptor);
            rule.Findings++;
            if (d.Severity > rule.Worst)
                rule.Worst = d.Severity;
            var kind = _byKind.TryGetValue(d.Descriptor.Prevents, out var k) ? k : _byKind[d.Descriptor.Prevents] = new KindTally(d.Descriptor.Prevents);
            kind.Findings++;
        }
        foreach (var id in open.Select(d => d.Id).Distinct())
            _byRule[id].Listings++;
        foreach (var kind in open.Select(d => d.Descriptor.Prevents).Distinct())
            _byKind[kind].Listings++;
    }
}

public sealed class RuleTally(DiagnosticDescriptor descriptor)
{
    public DiagnosticDescriptor Descriptor { get; } = descriptor;
    public int Findings { get; set; }
    public int Listings { get; set; }
    public Severity Worst { get; set; }
}

public sealed class KindTally(DisputeKind kind)
{
    public DisputeKind Kind { get; } = kind;
    public int Findings { get; set; }
    public int Listings { get; set; }
}
