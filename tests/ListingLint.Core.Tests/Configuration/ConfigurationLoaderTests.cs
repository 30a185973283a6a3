using ListingLint.Configuration;
using ListingLint.Diagnostics;

namespace ListingLint.Core.Tests.Configuration;

public sealed class ConfigurationLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ll-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string text, string name = "listinglint.json")
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static DiagnosticDescriptor Rule(string id, string category = Categories.Attributes, Severity severity = Severity.Warning, bool enabledByDefault = true) =>
        new(id: id, title: "t", messageFormat: "m", category: category, defaultSeverity: severity, prevents: DisputeKind.NotAsDescribed, enabledByDefault: enabledByDefault);

    [Fact]
    public void FullConfiguration_IsRead()
    {
        var path = Write("""
            {
              "extends": "recommended",
              "rules": { "LL1001": "error", "LL5002": "off", "LL2001": { "severity": "warning", "maxPriceRatio": 4 } },
              "categories": { "Text": "info" },
              "authorizations": "store/authorizations.json",
              "brands": ["store/extra-brands.json"],
              "referenceImages": ["reference/competitors"],
              "customRules": ["rules/acme.rules.json"],
              "images": { "root": "media", "maxPixels": 1000 }
            }
            """);
        var config = ConfigurationLoader.Load(path);
        Assert.Equal((true, Severity.Error), config.Resolve(Rule("LL1001")));
        Assert.False(config.Resolve(Rule("LL5002", Categories.Text)).Enabled);
        Assert.Equal(4, config.OptionsFor("LL2001").Number("maxPriceRatio", 10));
        Assert.Equal(Severity.Info, config.Resolve(Rule("LL5003", Categories.Text)).Severity);
        Assert.Equal(Path.Combine(_folder, "store", "authorizations.json"), config.Resolve(config.Authorizations!));
        Assert.Equal(["store/extra-brands.json"], config.Brands);
        Assert.Equal(1000, config.Images.MaxPixels);
    }

    [Fact]
    public void RuleSettingWinsOverCategory_WhichWinsOverExtends()
    {
        var config = ConfigurationLoader.Load(Write("""{ "extends": "none", "rules": { "LL5001": "warning" }, "categories": { "Text": "error" } }"""));
        Assert.Equal((true, Severity.Warning), config.Resolve(Rule("LL5001", Categories.Text)));
        Assert.Equal((true, Severity.Error), config.Resolve(Rule("LL5009", Categories.Text)));
        Assert.False(config.Resolve(Rule("LL1001")).Enabled);
    }

    [Fact]
    public void OffByDefaultRule_RunsOnlyWithAllOrWhenNamed()
    {
        var optIn = Rule("LL1009", enabledByDefault: false);
        Assert.False(AuditConfiguration.Default.Resolve(optIn).Enabled);
        Assert.True(ConfigurationLoader.Load(Write("""{ "extends": "all" }""")).Resolve(optIn).Enabled);
    }

    [Theory]
    [InlineData("""{ "rulez": {} }""", 1, 3, "unknown setting 'rulez'")]
    [InlineData("""{ "rules": { "LL1001": "loud" } }""", 1, 24, "severity of 'LL1001'")]
    [InlineData("{\n  \"extends\": \"strict\"\n}", 2, 14, "'extends' must be")]
    [InlineData("{\n  \"categories\": { \"Colors\": \"off\" }\n}", 2, 19, "unknown category 'Colors'")]
    [InlineData("{ \"rules\": { \"LL1001\": \"error\", }\n", 2, 0, "not valid JSON")]
    public void BadConfiguration_NamesFileLineAndColumn(string text, int line, int column, string problem)
    {
        var path = Write(text);
        var error = Assert.Throws<ConfigurationException>(() => ConfigurationLoader.Load(path));
        Assert.Equal(path, error.File);
        Assert.Equal(line, error.Line);
        if (column > 0)
            Assert.Equal(column, error.Column);
        Assert.Contains(problem, error.Message);
        Assert.StartsWith($"{path}({error.Line},{error.Column}): ", error.Message);
    }

    [Fact]
    public void OptionOfWrongType_FailsWithItsLocation()
    {
        var path = Write("{\n  \"rules\": { \"LL2001\": { \"maxPriceRatio\": \"four\" } }\n}");
        var options = ConfigurationLoader.Load(path).OptionsFor("LL2001");
        var error = Assert.Throws<ConfigurationException>(() => options.Number("maxPriceRatio", 4));
        Assert.Equal(2, error.Line);
        Assert.Contains("option 'maxPriceRatio' of rule LL2001 must be a number", error.Message);
    }

    [Fact]
    public void Find_WalksUpToAParentFolder()
    {
        var path = Write("{}");
        var nested = Directory.CreateDirectory(Path.Combine(_folder, "a", "b")).FullName;
        Assert.Equal(path, ConfigurationLoader.Find(nested));
    }
}
