using System.Reflection;
using ListingLint.Configuration;
using ListingLint.Engine.Hosting;
using NRules.RuleModel;

namespace ListingLint.Cli;

/// <summary>Where the CLI finds rules and fact providers: the built-in rule assembly, and what the configuration's <c>customRules</c> adds.</summary>
public static class RuleSources
{
    public static IReadOnlyList<Assembly> BuiltInAssemblies { get; } = [typeof(Rules.Shared.NamedValue).Assembly, typeof(Imaging.ImageFactProvider).Assembly];

    public static RuleCatalog Catalog(AuditConfiguration configuration) => Load(configuration).Catalog;

    /// <summary>Built-in and custom rules together, and the declarative rules already in NRules' rule model.</summary>
    public static LoadedRules Load(AuditConfiguration configuration)
    {
        var builtIn = RuleCatalog.Discover(BuiltInAssemblies);
        var custom = CustomRules.Load(configuration, builtIn);
        return new LoadedRules(builtIn.With(custom.Rules, custom.FactProviders), custom.Definitions);
    }

    public sealed record LoadedRules(RuleCatalog Catalog, IReadOnlyList<IRuleDefinition> Definitions);
}
