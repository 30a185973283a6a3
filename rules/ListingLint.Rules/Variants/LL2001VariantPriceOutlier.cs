using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Variants;

/// <summary>A variant is priced far below the median of its siblings, which pulls the listing's "from" price down.</summary>
[Name("LL2001"), Tag(Categories.Variants)]
public sealed class LL2001VariantPriceOutlier : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL2001",
        title: "Variant priced far below its siblings",
        messageFormat: "Variant '{0}' costs {1}, {2:P0} of the median price {3} of the other variants",
        category: Categories.Variants,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.ListingPolicy,
        description: "A variant far cheaper than the others sets the price shown in search; if it is a different or lesser item, AliExpress treats it as SKU cheating and buyers feel baited.");

    public override void Define()
    {
        VariantSignals signals = default!;

        When()
            .Match(() => signals, s => s.Price != null);
        Then()
            .Do(ctx => Report(ctx, signals));
    }

    private static void Report(NRules.RuleModel.IContext ctx, VariantSignals signals)
    {
        var price = signals.Price!;
        var evidence = Evidence.Of(
            ("variant", signals.Variant.DisplayName), ("price", price.Price), ("siblingMedian", price.SiblingMedian),
            ("ratio", Math.Round(price.Ratio, 3)), ("siblings", price.Siblings),
            ("robustZ", price.RobustZ is { } z ? Math.Round(z, 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "n/a"));
        if (signals.Item is { } item)
            evidence = evidence.And("otherItem", item.Term).And("titleProduct", signals.Product.Text);
        ctx.Report(
            Descriptor,
            VariantSignals.PriceSeverityOf(price.Strength, signals.Combined),
            price.Location,
            evidence,
            signals.Item is null
                ? "Price each variant for what it contains, or sell the cheap item as its own listing"
                : $"Sell the {signals.Item.Term} as its own listing instead of a variant of this product",
            signals.Variant.DisplayName, price.Price, price.Ratio, price.SiblingMedian);
    }
}
