using Newtonsoft.Json.Linq;

namespace ListingLint.Cli.Tests.Commands;

public class OutputAndBaselineTests
{
    private static readonly string Listings = CliRunner.Fixtures("listings");

    [Fact]
    public void Output_IsWrittenWhole_AndTheSummaryGoesToStandardError()
    {
        using var temp = new TempFolder();
        var output = temp.File("report/out.json");
        var result = CliRunner.Run("audit", Listings, "--format", "json", "--output", output);
        Assert.Equal("", result.Out);
        Assert.Contains("report written to", result.Error);
        Assert.NotNull(JObject.Parse(File.ReadAllText(output))["summary"]);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(output)!));
    }

    [Fact]
    public void FailedRun_LeavesAnExistingOutputUntouched()
    {
        using var temp = new TempFolder();
        var output = temp.Write("out.json", "previous report");
        var config = temp.Write("listinglint.json", "{ broken");
        Assert.Equal(2, CliRunner.Run("audit", Listings, "--output", output, "--config", config).ExitCode);
        Assert.Equal("previous report", File.ReadAllText(output));
    }

    [Fact]
    public void UpdateBaseline_ThenBaseline_HidesKnownFindings_EvenWhenListingsAreReordered()
    {
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(Path.Combine(Listings, "feed.ndjson"));
        var feed = temp.Write("feed.ndjson", string.Join('\n', lines) + "\n");
        var baseline = temp.File("baseline.json");

        var update = CliRunner.Run("audit", feed, "--baseline", baseline, "--update-baseline", "--fail-on", "warning");
        Assert.Equal(1, update.ExitCode);
        var held = Baselines.Baseline.Load(baseline).Count;
        Assert.True(held >= 2, $"baseline holds {held} findings");
        Assert.Contains($"now holds {held} findings", update.Error);

        temp.Write("feed.ndjson", string.Join('\n', lines.Reverse().Where(l => !l.Contains("NB-102") && !l.Contains("NB-103"))) + "\n");
        var again = CliRunner.Run("audit", feed, "--baseline", baseline, "--fail-on", "warning");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains($"{held} baselined", again.Out);

        temp.Write("feed.ndjson", lines[0].Replace("Matte Black", "as picture") + "\n" + lines[1] + "\n");
        var changed = CliRunner.Run("audit", feed, "--baseline", baseline, "--fail-on", "warning");
        Assert.Equal(1, changed.ExitCode);
        Assert.Contains("attribute 'Color' is \"as picture\"", changed.Out);
        Assert.Matches(@"\d+ problems? \(0 errors, 1 warning, \d+ info\)", changed.Out);
    }

    [Fact]
    public void MissingBaseline_ExitsTwo()
    {
        var result = CliRunner.Run("audit", Listings, "--baseline", "/nonexistent/baseline.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("baseline file not found", result.Error);
    }
}
