using System.Linq.Expressions;
using ListingLint.Model;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace ListingLint.Engine.Declarative;

/// <summary>
/// Turns a declarative rule into NRules' rule model: a pattern on the target fact whose condition is the compiled
/// <c>when</c>; the action inserts a finding like <c>ctx.Report</c>. A variant rule also joins the session's listing
/// (after the variant, so only variants that match are joined) because a variant's fields are located through the
/// listing's source map; attributes and images carry their own locations and need no join.
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
        var fact = Expression.Parameter(rule.Target.FactType, rule.Target == RuleTarget.Listing ? "listing" : "fact");
        // One condition per rule: NRules shares nothing between declarative rules, so a chain of nodes would only add hops.
        lhs.Pattern(rule.Target.FactType, fact.Name).Condition(Expression.Lambda(rule.When.Compile(fact), fact));
        var listing = fact;
        if (rule.Target == RuleTarget.Variant)
        {
            listing = Expression.Parameter(typeof(Listing), "listing");
            lhs.Pattern(typeof(Listing), listing.Name);
        }

        var context = Expression.Parameter(typeof(IContext), "ctx");
        var firing = Expression.Constant(new DeclarativeFiring(rule));
        Expression listingArgument = rule.Target == RuleTarget.Listing || rule.Target == RuleTarget.Variant ? listing : Expression.Constant(null, typeof(Listing));
        var call = Expression.Call(firing, FireMethod, context, listingArgument, Expression.Convert(fact, typeof(object)));
        var parameters = rule.Target == RuleTarget.Variant ? new[] { context, fact, listing } : [context, fact];
        builder.RightHandSide().Action(Expression.Lambda(call, parameters));
        return builder.Build();
    }
}
