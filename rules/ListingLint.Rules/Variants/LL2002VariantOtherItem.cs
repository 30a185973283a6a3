using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Variants;

/// <summary>A variant names an accessory, spare part or consumable instead of the product the title names.</summary>
[Name("LL2002"), Tag(Categories.Variants)]
public sealed class LL2002VariantOtherItem : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL2002",
        title: "Variant is a different item than the title's product",
        messageFormat: "Variant '{0}' is a {1} ({2}), not the {3} the title sells",
        category: Categories.Variants,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.ListingPolicy,
        description: "Listing an accessory, spare part or consumable as a variant of an expensive product is SKU cheating on AliExpress; buyers who pick it expect the product.");

    public override void Define()
    {
        VariantSignals signals = default!;

        When()
            .Match(() => signals, s => s.Item != null);
        Then()
            .Do(ctx => Report(ctx, signals));
    }

    private static void Report(NRules.RuleModel.IContext ctx, VariantSignals signals)
    {
        var item = signals.Item!;
        var evidence = Evidence.Of(
            ("variant", signals.Variant.DisplayName), ("item", item.Term), ("kind", item.Kind), ("text", item.Text),
            ("titleProduct", signals.Product.Text), ("strength", item.Reason));
        if (signals.Price is { } price)
            evidence = evidence.And("price", price.Price).And("siblingMedian", price.SiblingMedian);
        ctx.Report(
            Descriptor,
            VariantSignals.SeverityOf(item.Strength, signals.Combined),
            item.Location,
            evidence,
            $"Sell the {item.Term} as its own listing, or name the variant as the product it is (\"Camera + {item.Term}\")",
            signals.Variant.DisplayName, item.Term, item.Kind switch { ItemKind.SparePart => "spare part", ItemKind.OtherProduct => "other product", var k => k.ToString().ToLowerInvariant() },
            signals.Product.Text);
    }
}
