using Newtonsoft.Json.Linq;

namespace ListingLint.Cli.Tests.Commands;

public class AuditCommandTests
{
    private static readonly string Listings = CliRunner.Fixtures("listings");

    [Fact]
    public void Fixtures_StylishOutput_MatchesGoldenFile()
    {
        var result = CliRunner.Run("audit", Listings);
        Assert.Equal(1, result.ExitCode);
        var golden = Path.Combine(CliRunner.Root, "tests", "ListingLint.Cli.Tests", "golden", "listings.stylish.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
            File.WriteAllText(golden, result.Out);
        Assert.Equal(File.ReadAllText(golden), result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void JsonOutput_NamesListingLocationAndEvidence_AndTheRestOfTheBatchIsAudited()
    {
        var result = CliRunner.Run("audit", Listings, "--format", "json");
        var report = JObject.Parse(result.Out);
        var diagnostics = (JArray)report["diagnostics"]!;
        var placeholder = diagnostics.Single(d => (string?)d["listingId"] == "1005007700001" && (string?)d["location"]!["pointer"] == "/variants/1/options/Color");
        Assert.Equal("LL1001", (string?)placeholder["ruleId"]);
        Assert.Equal("warning", (string?)placeholder["severity"]);
        Assert.Equal(29, (int)placeholder["location"]!["line"]!);
        Assert.Equal("NoEnName_Null", (string?)placeholder["evidence"]!["value"]);
        Assert.EndsWith("rules/docs/LL1001.md", (string?)placeholder["helpUri"]);

        var unreadable = diagnostics.Where(d => (string?)d["ruleId"] == "LL0002").ToArray();
        Assert.Contains(unreadable, d => (string?)d["listingId"] == "NB-102" && (string?)d["location"]!["pointer"] == "/price/amount");
        Assert.Contains(unreadable, d => (string?)d["listingId"] == "feed.ndjson:4" && (int)d["location"]!["line"]! == 4);
        Assert.Equal(8, (int)report["summary"]!["listings"]!);
        Assert.Equal(2, (int)report["summary"]!["unreadable"]!);
    }

    [Theory]
    [InlineData("error", 1)]
    [InlineData("none", 0)]
    public void FailOn_DecidesTheExitCode(string failOn, int exit) =>
        Assert.Equal(exit, CliRunner.Run("audit", Listings, "--fail-on", failOn, "--format", "json").ExitCode);

    [Fact]
    public void WarningsOnly_ExitZeroAtErrorAndOneAtWarning()
    {
        var file = CliRunner.Fixtures("rules", "LL1001", "fires-color-as-picture.json");
        Assert.Equal(0, CliRunner.Run("audit", file).ExitCode);
        Assert.Equal(1, CliRunner.Run("audit", file, "--fail-on", "warning").ExitCode);
    }

    [Fact]
    public void CleanListing_ExitsZero()
    {
        var result = CliRunner.Run("audit", CliRunner.Fixtures("rules", "LL1001", "quiet-real-values.json"), "--fail-on", "info");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 problems", result.Out);
    }

    [Fact]
    public void Only_RunsJustTheNamedRules()
    {
        var result = CliRunner.Run("audit", Listings, "--only", "LL0001", "--format", "json");
        var ids = ((JArray)JObject.Parse(result.Out)["diagnostics"]!).Select(d => (string?)d["ruleId"]).Distinct();
        Assert.Equal(["LL0002"], ids);
    }

    [Theory]
    [InlineData("--only", "LL9999", "unknown rule")]
    [InlineData("--format", "xml", "xml")]
    [InlineData("--jobs", "0", "--jobs must be at least 1")]
    [InlineData("--update-baseline", null, "--update-baseline needs --baseline")]
    public void BadUsage_ExitsTwo(string option, string? value, string message)
    {
        string[] args = value is null ? ["audit", Listings, option] : ["audit", Listings, option, value];
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void BrokenConfiguration_ExitsTwo_NamingFileLineAndColumn()
    {
        using var temp = new TempFolder();
        var config = temp.Write("listinglint.json", "{\n  \"rules\": { \"LL1001\": \"loud\" }\n}");
        var result = CliRunner.Run("audit", Listings, "--config", config);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{config}(2,24): severity of 'LL1001'", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void ConfigurationSeverityAndOff_AreApplied()
    {
        using var temp = new TempFolder();
        var config = temp.Write("listinglint.json", """{ "rules": { "LL1001": "error" } }""");
        var file = CliRunner.Fixtures("rules", "LL1001", "fires-color-as-picture.json");
        Assert.Equal(1, CliRunner.Run("audit", file, "--config", config).ExitCode);
        temp.Write("listinglint.json", """{ "rules": { "LL1001": "off" } }""");
        Assert.Equal(0, CliRunner.Run("audit", file, "--config", config, "--fail-on", "info").ExitCode);
    }
}
