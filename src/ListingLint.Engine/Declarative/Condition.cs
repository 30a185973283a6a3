using System.Linq.Expressions;
using ListingLint.Engine.Declarative.Checks;

namespace ListingLint.Engine.Declarative;

/// <summary>The <c>when</c> of a declarative rule: checks on fields combined with all, any and not.</summary>
public abstract record Condition
{
    /// <summary>The condition as a boolean expression over <paramref name="fact"/>, for the rule's pattern.</summary>
    public abstract Expression Compile(ParameterExpression fact);

    /// <summary>
    /// The check that shows why the condition holds (or, with <paramref name="holds"/> false, fails) for a fact:
    /// the one whose field and match a message names.
    /// </summary>
    public abstract FieldCheck? Witness(object fact, bool holds);
}

/// <summary>One check on one field.</summary>
public sealed record FieldCheck(FieldPath Field, Check Check) : Condition
{
    public override Expression Compile(ParameterExpression fact) =>
        Expression.Call(Expression.Constant(Check), Check.TestMethod, Field.Bind(fact));

    public override FieldCheck? Witness(object fact, bool holds) => Check.Test(Field.Read(fact)) == holds ? this : null;
}

/// <summary><c>all</c> (and a leaf with several checks): every part holds.</summary>
public sealed record AllCondition(IReadOnlyList<Condition> Parts) : Condition
{
    public override Expression Compile(ParameterExpression fact) =>
        Parts.Select(p => p.Compile(fact)).Aggregate(Expression.AndAlso);

    // When all parts hold, the last one names the finding: the first parts of an "all" usually pick what to look at
    // (an attribute's name), the last one what is wrong with it. When it fails, the first failing part says why.
    public override FieldCheck? Witness(object fact, bool holds) =>
        (holds ? Parts.Reverse() : Parts).Select(p => p.Witness(fact, holds)).FirstOrDefault(w => w is not null);
}

/// <summary><c>any</c>: at least one part holds.</summary>
public sealed record AnyCondition(IReadOnlyList<Condition> Parts) : Condition
{
    public override Expression Compile(ParameterExpression fact) =>
        Parts.Select(p => p.Compile(fact)).Aggregate(Expression.OrElse);

    public override FieldCheck? Witness(object fact, bool holds) =>
        Parts.Select(p => p.Witness(fact, holds)).FirstOrDefault(w => w is not null);
}

/// <summary><c>not</c>: the part does not hold.</summary>
public sealed record NotCondition(Condition Part) : Condition
{
    public override Expression Compile(ParameterExpression fact) => Expression.Not(Part.Compile(fact));

    public override FieldCheck? Witness(object fact, bool holds) => Part.Witness(fact, !holds);
}
