using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Brand;

/// <summary>The listing's brand is authorized, but only for categories other than the listing's.</summary>
[Name("LL3003"), Tag(Categories.Brand)]
public sealed class LL3003AuthorizationForOtherCategories : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL3003",
        title: "Brand authorization covers other categories",
        messageFormat: "The authorization for {0} covers {1}, not this listing's category {2}",
        category: Categories.Brand,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.IntellectualProperty,
        description: "Brand owners authorize stores per product line; marketplaces check the authorization against the listing's category and reject listings outside it.");

    public override void Define()
    {
        ProductBrand product = default!;
        AuthorizationFact authorization = default!;

        // The authorization first (see LL3002).
        When()
            .Match(() => authorization, a => !a.CoversCategory)
            .Match(() => product, p => p.Brand == authorization.Brand)
            .Not<AuthorizationFact>(a => a.Brand == product.Brand && a.CoversCategory);
        Then()
            .Do(ctx => Report(ctx, authorization));
    }

    private static void Report(NRules.RuleModel.IContext ctx, AuthorizationFact authorization) =>
        ctx.Report(
            Descriptor,
            null,
            authorization.Location,
            Evidence.Of(("brand", authorization.WrittenBrand), ("authorized", string.Join(", ", authorization.Categories)),
                ("category", authorization.ListingCategory), ("source", authorization.Source)),
            "Ask the brand owner to extend the authorization to this category, or list the item in an authorized one",
            authorization.WrittenBrand, string.Join(", ", authorization.Categories), authorization.ListingCategory);
}
