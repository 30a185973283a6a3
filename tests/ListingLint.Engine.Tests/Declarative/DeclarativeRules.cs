using ListingLint.Configuration;
using ListingLint.Engine.Declarative;
using ListingLint.Engine.Hosting;
using ListingLint.Testing;
using Newtonsoft.Json.Linq;

namespace ListingLint.Engine.Tests.Declarative;

/// <summary>Builds a tester from rule file text, the way the CLI compiles <c>customRules</c>.</summary>
internal static class DeclarativeRules
{
    public const string File = "acme.rules.json";

    public static RuleTester Tester(string rulesJson, string? configurationJson = null)
    {
        var rules = RuleFileReader.Parse(rulesJson, File);
        var catalog = new RuleCatalog(rules.Select(r => r.Info), []);
        var root = configurationJson is null ? new JObject() : JObject.Parse(configurationJson);
        root["extends"] ??= "all";
        var configuration = ConfigurationLoader.Parse(root, "listinglint.json", Directory.GetCurrentDirectory());
        return RuleTester.For(AuditEngine.Create(catalog, configuration, null, rules.Select(r => r.Definition)));
    }

    /// <summary>One rule for <paramref name="target"/> with the given <c>when</c> and message.</summary>
    public static RuleTester Rule(string target, string when, string message = "found '{match}' in {field}", string severity = "warning") =>
        Tester($$"""{ "rules": [ { "id": "ACME001", "title": "Test rule", "severity": "{{severity}}", "for": "{{target}}", "when": {{when}}, "message": "{{message}}" } ] }""");

    public static ConfigurationException Broken(string rulesJson) =>
        Assert.Throws<ConfigurationException>(() => RuleFileReader.Parse(rulesJson, File));
}
