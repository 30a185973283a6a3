using System.Reflection;
using ListingLint.Configuration;
using ListingLint.Engine.Hosting;
using ListingLint.Imaging;
using ListingLint.Rules.Shared;

namespace ListingLint.Rules.Tests.Conventions;

public static class BuiltInRules
{
    public static RuleCatalog Catalog { get; } = RuleCatalog.Discover([typeof(NamedValue).Assembly]);

    /// <summary>Assemblies whose fact providers run with the built-in rules besides the rules' own (image facts).</summary>
    public static Assembly[] ProviderAssemblies { get; } = [typeof(ImageFactProvider).Assembly];

    /// <summary>
    /// What fixtures and docs examples run with: every rule on, relative paths from the repository root, and the
    /// shared reference catalog <c>fixtures/reference-images</c> (which the LL4002 examples copy from).
    /// </summary>
    public static AuditConfiguration AllRulesConfiguration { get; } = new()
    {
        Extends = RuleSetName.All,
        BaseDirectory = RepositoryPaths.Root,
        ReferenceImages = ["fixtures/reference-images"],
    };

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var rule in Catalog.Rules)
            data.Add(rule.Name);
        return data;
    }
}
