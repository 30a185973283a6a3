using System.Collections.Concurrent;
using NRules.RuleModel;

namespace ListingLint.Engine.Hosting;

/// <summary>
/// The fact types that the compiled rules can match. Inserting a fact that no pattern accepts still costs a walk
/// through NRules' type nodes, so the engine leaves such facts out (with all built-in rules on, a listing's variants
/// and image references are matched by no rule: only the facts derived from them are).
/// </summary>
public sealed class PatternTypes
{
    private readonly Type[] _types;
    private readonly ConcurrentDictionary<Type, bool> _accepted = new();

    private PatternTypes(Type[] types) => _types = types;

    public static PatternTypes Of(IEnumerable<IRuleDefinition> rules)
    {
        var collector = new Collector();
        var types = new HashSet<Type>();
        foreach (var rule in rules)
            collector.Visit(types, rule.LeftHandSide);
        return new PatternTypes(types.ToArray());
    }

    /// <summary>True when some pattern could match a fact of this runtime type.</summary>
    public bool Accepts(Type factType) =>
        _accepted.GetOrAdd(factType, static (type, patterns) => patterns.Any(p => p.IsAssignableFrom(type)), _types);

    private sealed class Collector : RuleElementVisitor<HashSet<Type>>
    {
        protected override PatternElement VisitPattern(HashSet<Type> types, PatternElement element)
        {
            types.Add(element.ValueType);
            return base.VisitPattern(types, element);
        }
    }
}
