namespace ListingLint.Cli.Tests.CustomRules;

public class PluginCliTests
{
    private const string Listing = """
        {
          "id": "1005006543210",
          "title": "4K Action Camera 30M Waterproof WiFi Sports Camera",
          "category": ["Consumer Electronics", "Camera & Photo"],
          "attributes": { "Color": "Black" },
          "shipping": { "method": "AliExpress Standard Shipping", "handlingDays": 9, "shipsFrom": "CN" }
        }
        """;

    [Fact]
    public void Audit_LoadsPluginAssemblyFromCustomRules()
    {
        using var workspace = new Workspace();
        workspace.Write("listinglint.json", $$"""{ "customRules": [ {{Newtonsoft.Json.JsonConvert.ToString(Workspace.AcmePlugin)}} ] }""");
        var listing = workspace.Write("camera.json", Listing);

        var (code, output, error) = workspace.Run("audit", listing, "--config", workspace.Config, "--format", "json");

        Assert.True(code == 1, error);
        Assert.Contains("\"ruleId\": \"ACME101\"", output);
        Assert.Contains("\"ruleId\": \"ACME102\"", output);
        Assert.Contains("Handling time of 9 days is above Acme's limit of 5 days", output);
        Assert.Contains("\"helpUri\": \"https://wiki.example/acme/ACME102\"", output);
    }

    [Fact]
    public void Rules_ShowsPluginRulesWithAssemblySource()
    {
        using var workspace = new Workspace();
        workspace.Write("listinglint.json", $$"""{ "customRules": [ {{Newtonsoft.Json.JsonConvert.ToString(Workspace.AcmePlugin)}} ], "rules": { "ACME102": "warning" } }""");

        var (code, table, _) = workspace.Run("rules", "--config", workspace.Config);

        Assert.Equal(0, code);
        var row = Assert.Single(table.Split('\n'), l => l.StartsWith("ACME102"));
        Assert.Contains("Acme house rules", row);
        Assert.Matches(@"\berror\s+warning\b", row);
        Assert.Contains(Workspace.AcmePlugin, row);
    }

    [Fact]
    public void Audit_WithFileThatIsNotAnAssembly_ExitsTwo()
    {
        using var workspace = new Workspace();
        workspace.Write("plugins/Broken.dll", "not a PE file");
        workspace.Write("listinglint.json", """{ "customRules": ["plugins/Broken.dll"] }""");
        var listing = workspace.Write("camera.json", Listing);

        var (code, _, error) = workspace.Run("audit", listing, "--config", workspace.Config);

        Assert.Equal(2, code);
        Assert.Contains("cannot load rule assembly", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Audit_WithPluginDeclaringLlIds_ExitsTwo()
    {
        using var workspace = new Workspace();
        var builtIn = Path.Combine(AppContext.BaseDirectory, "ListingLint.Rules.dll");
        workspace.Write("listinglint.json", $$"""{ "customRules": [ {{Newtonsoft.Json.JsonConvert.ToString(builtIn)}} ] }""");
        var listing = workspace.Write("camera.json", Listing);

        var (code, _, error) = workspace.Run("audit", listing, "--config", workspace.Config);

        Assert.Equal(2, code);
        Assert.Contains("declares LL1001; the LL prefix is reserved for built-in rules", error);
    }

    [Fact]
    public void Audit_WithRuleFileReusingPluginId_ExitsTwoAtTheRuleId()
    {
        using var workspace = new Workspace();
        workspace.Write("listinglint.json", $$"""{ "customRules": [ {{Newtonsoft.Json.JsonConvert.ToString(Workspace.AcmePlugin)}}, "acme.rules.json" ] }""");
        var rules = workspace.Write("acme.rules.json", """
            { "rules": [
              { "id": "ACME101", "for": "listing", "when": { "field": "title", "exists": false }, "message": "no title" } ] }
            """);
        var listing = workspace.Write("camera.json", Listing);

        var (code, _, error) = workspace.Run("audit", listing, "--config", workspace.Config);

        Assert.Equal(2, code);
        Assert.Contains(rules + "(2,11): duplicate rule id 'ACME101': already defined by " + Workspace.AcmePlugin, error);
    }
}
