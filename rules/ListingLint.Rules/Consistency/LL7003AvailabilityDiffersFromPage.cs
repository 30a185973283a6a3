using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ListingLint.Rules.Consistency;

/// <summary>The feed says the item is in stock and the page says it is not, or the other way round.</summary>
[Name("LL7003"), Tag(Categories.Consistency)]
public sealed class LL7003AvailabilityDiffersFromPage : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL7003",
        title: "Feed availability differs from the landing page",
        messageFormat: "The listing says {0} but its landing page says {1}",
        category: Categories.Consistency,
        defaultSeverity: Severity.Error,
        prevents: DisputeKind.ListingPolicy,
        description: "An ad for an item the page shows as sold out (or a page selling what the feed withdrew) is disapproved by Merchant Center and frustrates buyers who click through.");

    public override void Define()
    {
        LandingPageFact fact = default!;
        When()
            .Match(() => fact, f => Differs(f));
        Then()
            .Do(ctx => Report(ctx, fact));
    }

    public static bool Differs(LandingPageFact fact) =>
        FeedPageValues.AvailabilityOf(fact.Feed) is { } feed && FeedPageValues.AvailabilityOf(fact.Page) is { } page && feed != page;

    private static void Report(IContext ctx, LandingPageFact fact)
    {
        var feed = FeedPageValues.AvailabilityOf(fact.Feed);
        var page = FeedPageValues.AvailabilityOf(fact.Page);
        ctx.Report(Descriptor, fact.Feed.At("/availability"),
            Evidence.Of(
                ("feedAvailability", feed),
                ("feedLocation", fact.Feed.At("/availability")),
                ("pageAvailability", page),
                ("pageLocation", FeedPageValues.Describe(fact.Page.At("/availability"), fact.Page.Source.SourceOf("/availability")))),
            feed, page);
    }
}
