using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Variants;

/// <summary>A variant nobody can buy (price 0, stock 0) is the cheapest, so the listing's "from" price is one no buyer can pay.</summary>
[Name("LL2005"), Tag(Categories.Variants)]
public sealed class LL2005UnbuyableVariantLowersPrice : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL2005",
        title: "Unbuyable variant lowers the displayed price",
        messageFormat: "Variant '{0}' cannot be bought ({1}) but its price {2} is below every buyable variant (from {3})",
        category: Categories.Variants,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.ListingPolicy,
        description: "Marketplaces show the lowest variant price in search. A sold-out or zero-priced variant at the bottom advertises a price no buyer can get, which AliExpress counts as price manipulation.");

    public override void Define()
    {
        UnbuyableVariant unbuyable = default!;

        When()
            .Match(() => unbuyable);
        Then()
            .Do(ctx => Report(ctx, unbuyable));
    }

    private static void Report(NRules.RuleModel.IContext ctx, UnbuyableVariant unbuyable)
    {
        var (listing, variant, reason, buyableMin) = (unbuyable.Listing, unbuyable.Variant, unbuyable.Reason, unbuyable.BuyableMinimum);
        ctx.Report(
            Descriptor,
            listing.At($"/variants/{variant.Index}/{(variant.Price == 0 ? "price" : "stock")}"),
            Evidence.Of(("variant", variant.DisplayName), ("reason", reason), ("price", variant.Price ?? 0), ("stock", variant.Stock),
                ("buyableMinimum", buyableMin), ("listingPrice", listing.Price?.Amount)),
            variant.DisplayName, reason, variant.Price ?? 0, buyableMin);
    }
}
