using ListingLint.Engine.Hosting;
using ListingLint.Rules.Shared;

namespace ListingLint.Rules.Tests.Conventions;

public static class BuiltInRules
{
    public static RuleCatalog Catalog { get; } = RuleCatalog.Discover([typeof(NamedValue).Assembly]);

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var rule in Catalog.Rules)
            data.Add(rule.Name);
        return data;
    }
}
