using System.Diagnostics;
using ListingLint.Reporting.Benchmark;
using ListingLint.Reporting.Formats;

namespace ListingLint.Reporting.Tests.Formats;

public class LargeBatchTests
{
    [Fact]
    public void TenThousandListings_HtmlReportIsWrittenQuickly_AndHoldsThemAll()
    {
        var images = Directory.GetFiles(Path.Combine(RepositoryRoot(), "fixtures", "report", "images"));
        var reports = SyntheticBatch.Create(10_000, images).ToArray();
        var stopwatch = Stopwatch.StartNew();
        var report = HtmlReport.Render(reports);
        stopwatch.Stop();

        Assert.Equal(10_000, report.Listings.Count);
        Assert.Equal(images.Length, report.Data["images"]!.Count());
        // The target is 5 s (docs/reports.md, measured by tests/ListingLint.Reporting.Benchmark at under 1 s of CPU);
        // the guard allows for a loaded CI machine and catches regressions of an order of magnitude.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ListingLint.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
