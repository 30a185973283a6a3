using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ListingLint.Rules.Consistency;

/// <summary>A feed variant (by SKU) is not on the landing page, or is priced differently there.</summary>
[Name("LL7006"), Tag(Categories.Consistency)]
public sealed class LL7006VariantsDifferFromPage : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL7006",
        title: "Feed variants differ from the landing page",
        messageFormat: "Variant '{0}' (SKU {1}) {2}",
        category: Categories.Consistency,
        defaultSeverity: Severity.Error,
        prevents: DisputeKind.NotAsDescribed,
        description: "A SKU advertised in the feed that the page does not sell, or sells at another price, is an item the buyer cannot get as advertised.");

    public override void Define()
    {
        LandingPageFact fact = default!;
        When()
            .Match(() => fact, f => VariantComparison.Compare(f.Feed, f.Page).Count > 0);
        Then()
            .Do(ctx => Report(ctx, fact));
    }

    private static void Report(IContext ctx, LandingPageFact fact)
    {
        foreach (var mismatch in VariantComparison.Compare(fact.Feed, fact.Page))
        {
            var feed = mismatch.Feed;
            if (mismatch.Page is null)
            {
                ctx.Report(Descriptor, feed.Location,
                    Evidence.Of(("sku", feed.Sku), ("feedLocation", feed.Location), ("pageSkus", string.Join(", ", fact.Page.Variants.Select(v => v.Sku))),
                        ("pageLocation", fact.Page.At("/variants"))),
                    feed.DisplayName, feed.Sku, "is not sold on the landing page");
                continue;
            }
            var pageLocation = fact.Page.At($"/variants/{mismatch.Page.Index}/price");
            ctx.Report(Descriptor, fact.Feed.At($"/variants/{feed.Index}/price"),
                Evidence.Of(("sku", feed.Sku), ("feedPrice", FeedPageValues.Format(feed.Price!.Value)), ("feedLocation", fact.Feed.At($"/variants/{feed.Index}/price")),
                    ("pagePrice", FeedPageValues.Format(mismatch.Page.Price!.Value)),
                    ("pageLocation", FeedPageValues.Describe(pageLocation, fact.Page.Source.SourceOf(pageLocation.Pointer)))),
                feed.DisplayName, feed.Sku, $"costs {FeedPageValues.Format(feed.Price.Value)} in the listing but {FeedPageValues.Format(mismatch.Page.Price.Value)} on the landing page");
        }
    }
}
