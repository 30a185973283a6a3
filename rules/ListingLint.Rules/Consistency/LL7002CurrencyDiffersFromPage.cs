using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ListingLint.Rules.Consistency;

/// <summary>The feed and its landing page price the item in different currencies.</summary>
[Name("LL7002"), Tag(Categories.Consistency)]
public sealed class LL7002CurrencyDiffersFromPage : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL7002",
        title: "Feed currency differs from the landing page",
        messageFormat: "The listing is priced in {0} but its landing page in {1}",
        category: Categories.Consistency,
        defaultSeverity: Severity.Error,
        prevents: DisputeKind.ListingPolicy,
        description: "A feed in one currency and a page in another means the buyer is charged an amount the ad never showed; Merchant Center disapproves such items.");

    public override void Define()
    {
        LandingPageFact fact = default!;
        When()
            .Match(() => fact, f => CurrencyCheck.Differs(f));
        Then()
            .Do(ctx => Report(ctx, fact));
    }

    private static void Report(IContext ctx, LandingPageFact fact)
    {
        var feed = fact.Feed.Price!;
        var page = fact.Page.Price!;
        var pageLocation = fact.Page.At("/price/currency");
        ctx.Report(Descriptor, fact.Feed.At("/price/currency"),
            Evidence.Of(
                ("feedPrice", feed),
                ("feedLocation", fact.Feed.At("/price/currency")),
                ("pagePrice", page),
                ("pageLocation", FeedPageValues.Describe(pageLocation, fact.Page.Source.SourceOf("/price/currency")))),
            feed.Currency, page.Currency);
    }
}
