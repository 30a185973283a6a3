namespace ListingLint.Cli.Tests.CustomRules;

public class DeclarativeRulesCliTests
{
    private const string RuleFile = """
        {
          "rules": [
            { "id": "ACME001", "title": "Wholesale wording in title", "severity": "error", "category": "Title",
              "for": "listing", "when": { "field": "title", "matches": "(?i)\\bwholesale\\b" },
              "message": "Title says '{match}': wholesale listings belong in the wholesale channel",
              "help": "https://wiki.example/acme/ACME001" },
            { "id": "ACME002", "title": "Variant without SKU", "severity": "warning", "for": "variant",
              "when": { "not": { "field": "sku", "exists": true } }, "message": "Variant '{title}' has no SKU" }
          ]
        }
        """;

    private const string Listing = """
        {
          "id": "1005006543210",
          "title": "Wholesale 4K Action Camera 30M Waterproof WiFi Sports Camera",
          "price": { "amount": 59.99, "currency": "USD" },
          "attributes": { "Color": "Black" },
          "variants": [ { "sku": "CAM-BLK", "title": "Black" }, { "title": "Helmet mount only" } ]
        }
        """;

    private static Workspace WithRules(string ruleFile = RuleFile)
    {
        var workspace = new Workspace();
        workspace.Write("listinglint.json", """{ "customRules": ["rules/acme.rules.json"] }""");
        workspace.Write("rules/acme.rules.json", ruleFile);
        workspace.Write("listings/camera.json", Listing);
        return workspace;
    }

    [Fact]
    public void Audit_ReportsDeclarativeFindingsAlongsideBuiltIns()
    {
        using var workspace = WithRules();

        var (code, output, error) = workspace.Run("audit", Path.Combine(workspace.Root, "listings", "camera.json"), "--config", workspace.Config, "--format", "json");

        Assert.True(code == 1, error);
        Assert.Contains("\"ruleId\": \"ACME001\"", output);
        Assert.Contains("Title says 'Wholesale': wholesale listings belong in the wholesale channel", output);
        Assert.Contains("\"helpUri\": \"https://wiki.example/acme/ACME001\"", output);
        Assert.Contains("Variant 'Helmet mount only' has no SKU", output);
    }

    [Fact]
    public void Audit_WithRuleTurnedOff_DoesNotReportIt()
    {
        using var workspace = WithRules();
        workspace.Write("listinglint.json", """{ "customRules": ["rules/acme.rules.json"], "rules": { "ACME001": "off" } }""");

        var (code, output, _) = workspace.Run("audit", Path.Combine(workspace.Root, "listings", "camera.json"), "--config", workspace.Config, "--format", "json");

        Assert.Equal(0, code);
        Assert.DoesNotContain("ACME001", output);
        Assert.Contains("ACME002", output);
    }

    [Fact]
    public void Audit_WithBrokenRuleFile_ExitsTwoNamingFileLineAndColumn()
    {
        using var workspace = WithRules(RuleFile.Replace("\"matches\"", "\"startsWith\""));

        var (code, output, error) = workspace.Run("audit", Path.Combine(workspace.Root, "listings", "camera.json"), "--config", workspace.Config);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(Path.Combine(workspace.Root, "rules", "acme.rules.json") + "(4,", error);
        Assert.Contains("unknown condition 'startsWith'", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Audit_WithMissingRuleFile_ExitsTwoNamingTheConfiguration()
    {
        using var workspace = WithRules();
        workspace.Write("listinglint.json", "{\n  \"customRules\": [\"rules/missing.rules.json\"]\n}");

        var (code, _, error) = workspace.Run("audit", Path.Combine(workspace.Root, "listings", "camera.json"), "--config", workspace.Config);

        Assert.Equal(2, code);
        Assert.Contains("listinglint.json(2,", error);
        Assert.Contains("custom rules 'rules/missing.rules.json' not found", error);
    }

    [Fact]
    public void Rules_ListsCustomRulesWithSourceAndShowsDetails()
    {
        using var workspace = WithRules();
        var ruleFile = Path.Combine(workspace.Root, "rules", "acme.rules.json");

        var (code, table, _) = workspace.Run("rules", "--config", workspace.Config);
        var (detailsCode, details, _) = workspace.Run("rules", "ACME001", "--config", workspace.Config);

        Assert.Equal(0, code);
        var row = Assert.Single(table.Split('\n'), l => l.StartsWith("ACME001"));
        Assert.Contains("Title", row);
        Assert.Contains("error", row);
        Assert.Contains(ruleFile, row);
        Assert.Contains(table.Split('\n'), l => l.StartsWith("LL1001") && l.Contains("built-in"));
        Assert.Equal(0, detailsCode);
        Assert.Contains("# ACME001: Wholesale wording in title", details);
        Assert.Contains("Source: " + ruleFile, details);
        Assert.Contains("Help: https://wiki.example/acme/ACME001", details);
        Assert.Contains("Message: Title says '{match}'", details);
    }
}
