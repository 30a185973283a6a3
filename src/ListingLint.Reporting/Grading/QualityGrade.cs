using ListingLint.Diagnostics;

namespace ListingLint.Reporting.Grading;

/// <summary>
/// A listing's data-quality grade, A (best) to E, from the severities of the findings that count against it
/// (docs/grading.md). Baselined findings count: a baseline defers a problem, it does not fix it; findings the
/// listing suppresses with a justification do not.
/// </summary>
public static class QualityGrade
{
    public const int ErrorPenalty = 35;
    public const int WarningPenalty = 10;
    public const int InfoPenalty = 3;

    public static readonly IReadOnlyList<char> Grades = ['A', 'B', 'C', 'D', 'E'];

    /// <summary>100 minus the penalties, never below 0; an unreadable listing scores 0.</summary>
    public static int Score(IEnumerable<Diagnostic> diagnostics)
    {
        var score = 100;
        foreach (var d in diagnostics)
        {
            if (!Counts(d))
                continue;
            if (d.Id == EngineDescriptors.ListingUnreadable.Id)
                return 0;
            score -= Penalty(d.Severity);
        }
        return Math.Max(0, score);
    }

    // Thresholds: one info keeps an A; one warning is a B; two or three warnings a C; one error (or four warnings)
    // a D; two errors, or an error with two warnings, an E.
    public static char FromScore(int score) => score switch
    {
        >= 95 => 'A',
        >= 85 => 'B',
        >= 70 => 'C',
        >= 50 => 'D',
        _ => 'E',
    };

    public static int Penalty(Severity severity) => severity switch
    {
        Severity.Error => ErrorPenalty,
        Severity.Warning => WarningPenalty,
        Severity.Info => InfoPenalty,
        _ => 0,
    };

    /// <summary>True for findings that count against the grade and the dispute risk.</summary>
    public static bool Counts(Diagnostic d) => d.Suppression != SuppressionKind.InSource && d.Severity > Severity.Hidden;
}
