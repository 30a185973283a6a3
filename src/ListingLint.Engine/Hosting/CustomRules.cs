using ListingLint.Configuration;
using ListingLint.Engine.Declarative;
using ListingLint.Engine.Plugins;
using NRules.RuleModel;
using Newtonsoft.Json.Linq;

namespace ListingLint.Engine.Hosting;

/// <summary>
/// The rules a configuration's <c>customRules</c> adds: declarative rule files (<c>*.json</c>) and plugin assemblies
/// (<c>*.dll</c>). Any problem (a missing file, a broken rule, an ID that is taken or uses the reserved LL prefix)
/// is a <see cref="ConfigurationException"/> naming where it is.
/// </summary>
public sealed record CustomRules(IReadOnlyList<RuleInfo> Rules, IReadOnlyList<Type> FactProviders, IReadOnlyList<IRuleDefinition> Definitions)
{
    public static CustomRules None { get; } = new([], [], []);

    public static CustomRules Load(AuditConfiguration configuration, RuleCatalog builtIn)
    {
        if (configuration.CustomRules.Count == 0)
            return None;
        var configFile = configuration.FilePath ?? Configuration.ConfigurationLoader.FileName;
        var owners = builtIn.Descriptors.ToDictionary(d => d.Id, _ => RuleInfo.BuiltInSource, StringComparer.OrdinalIgnoreCase);
        var rules = new List<RuleInfo>();
        var providers = new List<Type>();
        var definitions = new List<IRuleDefinition>();
        for (var i = 0; i < configuration.CustomRules.Count; i++)
        {
            var entry = configuration.CustomRules[i];
            var token = (configuration.Raw["customRules"] as JArray)?[i] ?? configuration.Raw["customRules"];
            var path = configuration.Resolve(entry);
            if (!File.Exists(path))
                throw ConfigurationException.At(configFile, token, $"custom rules '{entry}' not found (looked for {path})");
            if (path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                var plugin = LoadPlugin(path, configFile, token);
                foreach (var rule in plugin.Rules)
                    Claim(owners, rule, (id, owner) => ConfigurationException.At(configFile, token, Taken(id, owner, path)));
                rules.AddRange(plugin.Rules);
                providers.AddRange(plugin.FactProviders);
            }
            else if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var rule in RuleFileReader.Load(path))
                {
                    Claim(owners, rule.Info, (id, owner) => new ConfigurationException(rule.File, rule.Line, rule.Column, Taken(id, owner, null)));
                    rules.Add(rule.Info);
                    definitions.Add(rule.Definition);
                }
            }
            else
            {
                throw ConfigurationException.At(configFile, token, $"custom rules '{entry}' must be a rule file (*.rules.json) or a rule assembly (*.dll)");
            }
        }
        return new CustomRules(rules, providers, definitions);
    }

    private static RuleCatalog LoadPlugin(string path, string configFile, JToken? token)
    {
        RuleCatalog plugin;
        try
        {
            plugin = PluginLoader.Load(path);
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or InvalidOperationException or TypeLoadException)
        {
            throw ConfigurationException.At(configFile, token, $"cannot load rule assembly {path}: {e.Message}");
        }
        if (plugin.Rules.Count == 0 && plugin.FactProviders.Count == 0)
            throw ConfigurationException.At(configFile, token, $"rule assembly {path} has no public ListingRule with a DiagnosticDescriptor and no fact provider");
        var reserved = plugin.Rules.SelectMany(r => r.Descriptors).FirstOrDefault(d => d.Id.StartsWith("LL", StringComparison.OrdinalIgnoreCase));
        if (reserved is not null)
            throw ConfigurationException.At(configFile, token, $"rule assembly {path} declares {reserved.Id}; the LL prefix is reserved for built-in rules, use your own (e.g. ACME001)");
        return plugin;
    }

    private static void Claim(Dictionary<string, string> owners, RuleInfo rule, Func<string, string, ConfigurationException> taken)
    {
        foreach (var descriptor in rule.Descriptors)
        {
            if (owners.TryGetValue(descriptor.Id, out var owner))
                throw taken(descriptor.Id, owner);
            owners[descriptor.Id] = rule.Source;
        }
    }

    private static string Taken(string id, string owner, string? path) =>
        $"duplicate rule id '{id}'{(path is null ? "" : $" in {path}")}: already defined by {(owner == RuleInfo.BuiltInSource ? "a built-in rule" : owner)}";
}
