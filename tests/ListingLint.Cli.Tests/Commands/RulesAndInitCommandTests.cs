using ListingLint.Configuration;

namespace ListingLint.Cli.Tests.Commands;

public class RulesAndInitCommandTests
{
    [Fact]
    public void Rules_ListsEveryRuleWithCategoryAndSeverities()
    {
        var result = CliRunner.Run("rules");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"LL1001\s+Attributes\s+warning\s+warning\s+built-in\s+Attribute value is a placeholder", result.Out);
        Assert.Contains("LL0002", result.Out);
    }

    [Fact]
    public void RulesWithId_PrintsTheDocsPage()
    {
        var result = CliRunner.Run("rules", "LL1001");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# LL1001: Attribute value is a placeholder", result.Out);
        Assert.Contains("## How to fix", result.Out);
    }

    [Fact]
    public void RulesWithUnknownId_ExitsTwo() => Assert.Equal(2, CliRunner.Run("rules", "LL9999").ExitCode);

    [Fact]
    public void Init_WritesAConfigurationThatLoads_AndRefusesToOverwrite()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("init", temp.Path).ExitCode);
        var loaded = ConfigurationLoader.Load(temp.File("listinglint.json"));
        Assert.Equal(RuleSetName.Recommended, loaded.Extends);
        Assert.Equal(2, CliRunner.Run("init", temp.Path).ExitCode);
        Assert.Equal(0, CliRunner.Run("init", temp.Path, "--force").ExitCode);
    }

    [Fact]
    public void Inspect_PrintsListingsWithTheirSourceLocations()
    {
        var result = CliRunner.Run("inspect", CliRunner.Fixtures("listings", "feed.ndjson"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"/attributes/Capacity\": \"", result.Out);
        Assert.Contains("feed.ndjson:1:", result.Out);
        Assert.Contains("\"$error\"", result.Out);
    }

    [Fact]
    public void Inspect_ShowsEachImagesProvenanceWithItsEvidence_AndItsHashes()
    {
        var result = CliRunner.Run("inspect", CliRunner.Fixtures("report"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("provenance: Edited (Adobe Photoshop) — evidence EXIF Software=Adobe Photoshop", result.Out);
        Assert.Contains("hashes: pHash ", result.Out);
    }
}
