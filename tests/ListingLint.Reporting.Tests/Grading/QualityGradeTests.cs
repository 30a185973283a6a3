using ListingLint.Diagnostics;
using ListingLint.Reporting.Grading;
using static ListingLint.Reporting.Tests.TestReports;

namespace ListingLint.Reporting.Tests.Grading;

public class QualityGradeTests
{
    private static ListingAssessment Assess(params Diagnostic[] findings) => ListingAssessment.Of(Report(0, Listing("1"), findings));

    [Fact]
    public void CleanListing_ScoresHundred_GradeA()
    {
        var a = Assess();
        Assert.Equal(100, a.Score);
        Assert.Equal('A', a.Grade);
    }

    [Fact]
    public void OneInfo_KeepsGradeA()
    {
        Assert.Equal('A', Assess(Finding(Handling, "1")).Grade);
    }

    [Theory]
    [InlineData(1, 0, 'B')]
    [InlineData(2, 0, 'C')]
    [InlineData(3, 0, 'C')]
    [InlineData(4, 0, 'D')]
    [InlineData(0, 1, 'D')]
    [InlineData(2, 1, 'E')]
    [InlineData(0, 2, 'E')]
    public void Warnings_And_Errors_LowerTheGrade(int warnings, int errors, char expected)
    {
        var findings = Enumerable.Range(0, warnings).Select(i => Finding(Placeholder, "1", $"/attributes/A{i}", Severity.Warning))
            .Concat(Enumerable.Range(0, errors).Select(i => Finding(Unauthorized, "1", $"/brand{i}", Severity.Error)))
            .ToArray();
        var a = Assess(findings);
        Assert.Equal(100 - warnings * QualityGrade.WarningPenalty - errors * QualityGrade.ErrorPenalty, a.Score);
        Assert.Equal(expected, a.Grade);
    }

    [Fact]
    public void SuppressedInListing_DoesNotCount()
    {
        var a = Assess(Finding(Unauthorized, "1", suppression: SuppressionKind.InSource, justification: "authorized distributor, document on file"));
        Assert.Equal('A', a.Grade);
        Assert.Equal(0, a.RiskPercent);
    }

    [Fact]
    public void Baselined_StillCounts_ABaselineDefersButDoesNotFix()
    {
        var a = Assess(Finding(Unauthorized, "1", suppression: SuppressionKind.Baseline));
        Assert.Equal('D', a.Grade);
        Assert.True(a.RiskPercent > 0);
    }

    [Fact]
    public void HiddenSeverity_DoesNotCount()
    {
        Assert.Equal(100, Assess(Finding(Placeholder, "1", severity: Severity.Hidden)).Score);
    }

    [Fact]
    public void UnreadableListing_IsGradeE_WithScoreZero()
    {
        var a = ListingAssessment.Of(Unreadable(0, "NB-102"));
        Assert.Equal(0, a.Score);
        Assert.Equal('E', a.Grade);
    }

    [Fact]
    public void ManyErrors_ScoreNeverBelowZero()
    {
        var findings = Enumerable.Range(0, 10).Select(i => Finding(Unauthorized, "1", $"/x{i}")).ToArray();
        Assert.Equal(0, Assess(findings).Score);
    }
}
