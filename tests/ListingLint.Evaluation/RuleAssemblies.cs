using System.Reflection;

namespace ListingLint.Evaluation;

/// <summary>The assemblies whose rules and fact providers are evaluated: the one place to add a new rule pack (e.g. Imaging).</summary>
public static class RuleAssemblies
{
    public static IReadOnlyList<Assembly> All { get; } = [typeof(ListingLint.Rules.Shared.NamedValue).Assembly];
}
