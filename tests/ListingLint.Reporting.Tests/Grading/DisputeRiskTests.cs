using ListingLint.Diagnostics;
using ListingLint.Reporting.Grading;
using static ListingLint.Reporting.Tests.TestReports;

namespace ListingLint.Reporting.Tests.Grading;

public class DisputeRiskTests
{
    [Fact]
    public void IntellectualPropertyError_WeighsMost()
    {
        Assert.Equal(60, DisputeRisk.Percent([Finding(Unauthorized, "1")]));
    }

    [Fact]
    public void NotAsDescribedWarning_IsMedium()
    {
        var percent = DisputeRisk.Percent([Finding(Placeholder, "1")]);
        Assert.Equal(24, percent);
        Assert.Equal("medium", DisputeRisk.Level(percent));
    }

    [Fact]
    public void FindingsCombineAsIndependentChances()
    {
        // 1 - (1 - 0.24)^2 = 0.4224
        Assert.Equal(42, DisputeRisk.Percent([Finding(Placeholder, "1", "/a"), Finding(Placeholder, "1", "/b")]));
    }

    [Fact]
    public void SameSeverity_DeliveryWeighsLessThanIntellectualProperty()
    {
        var delivery = DisputeRisk.Percent([Finding(Handling, "1", severity: Severity.Error)]);
        var ip = DisputeRisk.Percent([Finding(Unauthorized, "1", severity: Severity.Error)]);
        Assert.Equal(30, delivery);
        Assert.True(ip > delivery);
    }

    [Fact]
    public void ManyErrors_StayAtMostHundred()
    {
        var findings = Enumerable.Range(0, 50).Select(i => Finding(Unauthorized, "1", $"/x{i}")).ToArray();
        Assert.Equal(100, DisputeRisk.Percent(findings));
        Assert.Equal("high", DisputeRisk.Level(100));
    }

    [Fact]
    public void InputErrors_CarryNoDisputeRisk()
    {
        Assert.Equal(0, ListingAssessment.Of(Unreadable(0, "x")).RiskPercent);
        Assert.Equal("none", DisputeRisk.Level(0));
    }

    [Theory]
    [InlineData(1, "low")]
    [InlineData(14, "low")]
    [InlineData(15, "medium")]
    [InlineData(44, "medium")]
    [InlineData(45, "high")]
    public void Levels(int percent, string level) => Assert.Equal(level, DisputeRisk.Level(percent));
}
