using System.Linq.Expressions;
using ListingLint.Model;

namespace ListingLint.Engine.Declarative;

/// <summary>
/// A dotted field path of a declarative rule, resolved once against its target: an accessor compiled into the rule's
/// conditions, and where the field sits in the listing so a finding can point at it.
/// </summary>
public sealed class FieldPath
{
    private readonly Func<Listing?, object, Location?> _locate;
    private readonly Lazy<Func<object, object?>> _read;

    internal FieldPath(string text, LambdaExpression accessor, Func<Listing?, object, Location?> locate)
    {
        Text = text;
        Accessor = accessor;
        _locate = locate;
        _read = new Lazy<Func<object, object?>>(() => CompileReader(accessor));
    }

    public string Text { get; }

    /// <summary>A lambda from the target's fact type to the field's value as <see cref="object"/>.</summary>
    public LambdaExpression Accessor { get; }

    public object? Read(object fact) => _read.Value(fact);

    /// <summary>The field's location when the input has it (even blank), else the whole fact's.</summary>
    /// <param name="listing">The session's listing; only variant fields need it (see <see cref="DeclarativeRuleCompiler"/>).</param>
    public Location Locate(Listing? listing, object fact) =>
        (Read(fact) is not null ? _locate(listing, fact) : null) ?? RuleTarget.LocationOf(fact);

    /// <summary>The accessor's body with its parameter replaced by <paramref name="fact"/>, to inline into a condition.</summary>
    public Expression Bind(ParameterExpression fact) => new Rebinder(Accessor.Parameters[0], fact).Visit(Accessor.Body);

    private static Func<object, object?> CompileReader(LambdaExpression accessor)
    {
        var fact = Expression.Parameter(typeof(object), "fact");
        var body = new Rebinder(accessor.Parameters[0], Expression.Convert(fact, accessor.Parameters[0].Type)).Visit(accessor.Body);
        return Expression.Lambda<Func<object, object?>>(body, fact).Compile();
    }

    private sealed class Rebinder(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
