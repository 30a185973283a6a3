using System.Reflection;
using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;

namespace ListingLint.Engine.Hosting;

/// <summary>Every rule and fact provider found in the rule assemblies, with their descriptors.</summary>
public sealed class RuleCatalog
{
    private readonly Dictionary<string, DiagnosticDescriptor> _descriptors = new(StringComparer.OrdinalIgnoreCase);

    public RuleCatalog(IEnumerable<RuleInfo> rules, IEnumerable<Type> factProviders)
    {
        Rules = rules.OrderBy(r => r.Name, StringComparer.Ordinal).ToArray();
        FactProviders = factProviders.ToArray();
        foreach (var descriptor in EngineDescriptors.All.Concat(Rules.SelectMany(r => r.Descriptors)))
        {
            if (_descriptors.TryGetValue(descriptor.Id, out var existing) && !ReferenceEquals(existing, descriptor))
                throw new InvalidOperationException($"Two rules declare the diagnostic ID {descriptor.Id}.");
            _descriptors[descriptor.Id] = descriptor;
        }
    }

    public IReadOnlyList<RuleInfo> Rules { get; }

    public IReadOnlyList<Type> FactProviders { get; }

    public IEnumerable<DiagnosticDescriptor> Descriptors => _descriptors.Values.OrderBy(d => d.Id, StringComparer.Ordinal);

    public DiagnosticDescriptor? Find(string id) => _descriptors.GetValueOrDefault(id);

    public static RuleCatalog Discover(IEnumerable<Assembly> assemblies, string source = RuleInfo.BuiltInSource)
    {
        var types = assemblies.SelectMany(LoadableTypes).Where(t => t is { IsAbstract: false, IsPublic: true }).ToArray();
        var rules = types
            .Where(t => typeof(Rule).IsAssignableFrom(t))
            .Select(t => new RuleInfo(NameOf(t), t, source, RuleDescriptors.Of(t)))
            .Where(r => r.Descriptors.Count > 0);
        var providers = types.Where(t => typeof(IFactProvider).IsAssignableFrom(t));
        return new RuleCatalog(rules, providers);
    }

    public RuleCatalog With(IEnumerable<RuleInfo> more, IEnumerable<Type> moreProviders) =>
        new(Rules.Concat(more), FactProviders.Concat(moreProviders));

    public static string NameOf(Type ruleType) =>
        ruleType.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(NameAttribute))?.ConstructorArguments[0].Value as string
        ?? ruleType.FullName ?? ruleType.Name;

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.Where(t => t is not null)!;
        }
    }
}
