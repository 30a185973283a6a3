using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ListingLint.Rules.Consistency;

/// <summary>The listing names a landing page that cannot be compared: missing, outside the audited folder, remote, or without product data.</summary>
[Name("LL7008"), Tag(Categories.Consistency)]
public sealed class LL7008LandingPageUnusable : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL7008",
        title: "Landing page cannot be compared",
        messageFormat: "The landing page '{0}' cannot be compared with the listing: {1}",
        category: Categories.Consistency,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.ListingPolicy,
        description: "Price, availability and variant checks against the page did not run; a page without product markup is also one Merchant Center cannot verify.");

    public override void Define()
    {
        LandingPageFailure failure = default!;
        When()
            .Match(() => failure);
        Then()
            .Do(ctx => Report(ctx, failure));
    }

    private static void Report(IContext ctx, LandingPageFailure failure) =>
        ctx.Report(Descriptor, failure.PageField, Evidence.Of(("page", failure.Path), ("problem", failure.Problem)), failure.Path, failure.Problem);
}
