using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Variants;

/// <summary>Two variants share a SKU or the same option values: the buyer cannot tell them apart, the store cannot fulfil them apart.</summary>
[Name("LL2004"), Tag(Categories.Variants)]
public sealed class LL2004DuplicateVariant : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL2004",
        title: "Duplicate variant",
        messageFormat: "Variant {0} ('{1}') has the same {2} as variant {3}",
        category: Categories.Variants,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.NotAsDescribed,
        description: "Variants with the same options but different prices or stock let a buyer pay for one and receive the other; a repeated SKU makes the warehouse ship whichever it finds first.");

    public override void Define()
    {
        DuplicateVariant duplicate = default!;

        When()
            .Match(() => duplicate);
        Then()
            .Do(ctx => Report(ctx, duplicate));
    }

    private static void Report(NRules.RuleModel.IContext ctx, DuplicateVariant duplicate)
    {
        var (listing, variant, first, by) = (duplicate.Listing, duplicate.Variant, duplicate.First, duplicate.By);
        var pointer = by == "sku" ? $"/variants/{variant.Index}/sku" : $"/variants/{variant.Index}/options";
        ctx.Report(
            Descriptor,
            listing.At(pointer),
            Evidence.Of(("by", by), ("variant", variant.DisplayName), ("sku", variant.Sku), ("firstIndex", first.Index), ("firstSku", first.Sku),
                ("price", variant.Price), ("firstPrice", first.Price)),
            variant.Index + 1, variant.DisplayName, by == "sku" ? "SKU" : "option values", first.Index + 1);
    }
}
