using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ListingLint.Rules.Consistency;

/// <summary>Two sources of one page (JSON-LD, microdata, OpenGraph, platform data) give the product different prices.</summary>
[Name("LL7007"), Tag(Categories.Consistency)]
public sealed class LL7007PagePricesContradict : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL7007",
        title: "Page sources give different prices",
        messageFormat: "The page's {0} says {1} but its {2} says {3}",
        category: Categories.Consistency,
        defaultSeverity: Severity.Error,
        prevents: DisputeKind.ListingPolicy,
        description: "Search engines and Merchant Center read the structured data, buyers read the page; when the page's own sources disagree, one of them advertises a price the buyer will not pay.");

    public override void Define()
    {
        PageSourcesFact fact = default!;
        When()
            .Match(() => fact, f => PagePriceSources.Contradiction(f.Page) != null);
        Then()
            .Do(ctx => Report(ctx, fact));
    }

    private static void Report(IContext ctx, PageSourcesFact fact)
    {
        var (first, second) = PagePriceSources.Contradiction(fact.Page)!.Value;
        var location = fact.ReportAt ?? second.Price.Location.WithPointer("/price");
        ctx.Report(Descriptor, location,
            Evidence.Of(
                ("firstSource", first.Price.Source), ("firstPrice", FeedPageValues.Format(first.Amount)), ("firstLocation", first.Price.Location),
                ("secondSource", second.Price.Source), ("secondPrice", FeedPageValues.Format(second.Amount)), ("secondLocation", second.Price.Location)),
            first.Price.Source, FeedPageValues.Format(first.Amount), second.Price.Source, FeedPageValues.Format(second.Amount));
    }
}
