using ListingLint.Diagnostics;

namespace ListingLint.Reporting.Grading;

/// <summary>A listing's quality grade and dispute risk, as every report format shows them.</summary>
public sealed record ListingAssessment(char Grade, int Score, int RiskPercent)
{
    public string RiskLevel => DisputeRisk.Level(RiskPercent);

    public static ListingAssessment Of(ListingReport report)
    {
        var score = QualityGrade.Score(report.Diagnostics);
        return new ListingAssessment(QualityGrade.FromScore(score), score, DisputeRisk.Percent(report.Diagnostics));
    }
}
