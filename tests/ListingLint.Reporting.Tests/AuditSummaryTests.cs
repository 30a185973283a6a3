using ListingLint.Diagnostics;

namespace ListingLint.Reporting.Tests;

public class AuditSummaryTests
{
    [Fact]
    public void SuppressedAndBaselinedFindings_AreCountedApart_AndDoNotFail()
    {
        var summary = new AuditSummary();
        summary.Add(Reports.Report(0, "a", Reports.Finding("a", Severity.Error, "x", SuppressionKind.InSource)));
        summary.Add(Reports.Report(1, "b", Reports.Finding("b", Severity.Error, "y", SuppressionKind.Baseline)));
        summary.Add(Reports.Report(2, "c", Reports.Finding("c", Severity.Warning, "z")));
        Assert.Equal(1, summary.Suppressed);
        Assert.Equal(1, summary.Baselined);
        Assert.Equal(1, summary.Flagged);
        Assert.False(summary.FailsAt(Severity.Error));
        Assert.True(summary.FailsAt(Severity.Warning));
        Assert.False(summary.FailsAt(null));
        Assert.Equal("1 problem (0 errors, 1 warning, 0 info) in 1 of 3 listings; 1 suppressed, 1 baselined", summary.Describe());
    }

    [Fact]
    public void HiddenFindings_NeverFailAVisibleThreshold()
    {
        var summary = new AuditSummary();
        summary.Add(Reports.Report(0, "a", Reports.Finding("a", Severity.Hidden, "x")));
        Assert.False(summary.FailsAt(Severity.Info));
        Assert.Equal(0, summary.Problems);
    }
}
