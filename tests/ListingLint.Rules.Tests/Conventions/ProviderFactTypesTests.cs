using ListingLint.Configuration;
using ListingLint.Engine.Authoring;
using ListingLint.Engine.Hosting;
using ListingLint.Loading;
using ListingLint.Model;

namespace ListingLint.Rules.Tests.Conventions;

/// <summary>
/// A provider runs only when an enabled rule matches one of its declared fact types, so a fact of an undeclared type
/// would silently vanish for a rule enabled alone. Every built-in provider declares its types, and yields no other.
/// </summary>
public class ProviderFactTypesTests
{
    private static readonly IFactProvider[] Providers = BuiltInRules.Catalog.FactProviders
        .Concat(RuleCatalog.Discover(BuiltInRules.ProviderAssemblies).FactProviders)
        .Select(Create)
        .ToArray();

    [Fact]
    public void EveryBuiltInProvider_DeclaresItsFactTypes() =>
        Assert.All(Providers, p => Assert.True(p.FactTypes is { Count: > 0 }, $"{p.GetType().Name} declares no fact types"));

    [Fact]
    public void ProvidersYieldOnlyDeclaredTypes_OnEveryFixtureListing()
    {
        var reader = new ListingReader();
        var listings = Directory.GetFiles(RepositoryPaths.RuleFixtures, "*.json", SearchOption.AllDirectories)
            .SelectMany(path => reader.LoadText(File.ReadAllText(path), Path.GetFileName(path), Path.GetDirectoryName(path)))
            .Select(r => r.Listing)
            .OfType<Listing>()
            .ToArray();
        Assert.NotEmpty(listings);
        foreach (var provider in Providers)
        {
            var types = provider.FactTypes!;
            var undeclared = listings.SelectMany(provider.GetFacts).Select(f => f.GetType())
                .Where(t => !types.Any(d => d.IsAssignableFrom(t))).Distinct().ToArray();
            Assert.True(undeclared.Length == 0, $"{provider.GetType().Name} yields undeclared {string.Join(", ", undeclared.Select(t => t.Name))}");
        }
    }

    private static IFactProvider Create(Type type) =>
        (IFactProvider)(type.GetConstructor([typeof(AuditConfiguration)]) is not null
            ? Activator.CreateInstance(type, BuiltInRules.AllRulesConfiguration)!
            : Activator.CreateInstance(type)!);
}
