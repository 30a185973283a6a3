using System.Reflection;
using ListingLint.Configuration;
using ListingLint.Engine.Hosting;

namespace ListingLint.Cli;

/// <summary>Where the CLI finds rules and fact providers: the built-in rule assembly, and what the configuration adds.</summary>
public static class RuleSources
{
    public static IReadOnlyList<Assembly> BuiltInAssemblies { get; } = [typeof(Rules.Shared.NamedValue).Assembly];

    public static RuleCatalog Catalog(AuditConfiguration configuration) => RuleCatalog.Discover(BuiltInAssemblies);
}
