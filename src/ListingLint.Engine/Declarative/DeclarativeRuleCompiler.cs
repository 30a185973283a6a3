using System.Linq.Expressions;
using ListingLint.Model;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace ListingLint.Engine.Declarative;

/// <summary>
/// Turns a declarative rule into NRules' rule model: a pattern on the target fact whose conditions are the compiled
/// <c>when</c> (each part of a top-level <c>all</c> its own condition, so NRules can share and order them), joined to
/// the session's listing so a finding can point at the field; the action inserts a finding like <c>ctx.Report</c>.
/// </summary>
internal static class DeclarativeRuleCompiler
{
    private static readonly System.Reflection.MethodInfo FireMethod = typeof(DeclarativeFiring).GetMethod(nameof(DeclarativeFiring.Fire))!;

    public static IRuleDefinition Compile(DeclarativeRule rule)
    {
        var builder = new RuleBuilder();
        builder.Name(rule.Id);
        builder.Description(rule.Descriptor.Title);
        builder.Tag(rule.Descriptor.Category);

        var lhs = builder.LeftHandSide();
        var listing = Expression.Parameter(typeof(Listing), "listing");
        var fact = listing;
        if (rule.Target != RuleTarget.Listing)
        {
            lhs.Pattern(typeof(Listing), listing.Name);
            fact = Expression.Parameter(rule.Target.FactType, "fact");
        }
        var pattern = lhs.Pattern(rule.Target.FactType, fact.Name);
        var parts = rule.When is AllCondition all ? all.Parts : [rule.When];
        foreach (var part in parts)
            pattern.Condition(Expression.Lambda(part.Compile(fact), fact));

        var context = Expression.Parameter(typeof(IContext), "ctx");
        var firing = Expression.Constant(new DeclarativeFiring(rule));
        var call = Expression.Call(firing, FireMethod, context, listing, Expression.Convert(fact, typeof(object)));
        var parameters = fact == listing ? new[] { context, listing } : [context, listing, fact];
        builder.RightHandSide().Action(Expression.Lambda(call, parameters));
        return builder.Build();
    }
}
