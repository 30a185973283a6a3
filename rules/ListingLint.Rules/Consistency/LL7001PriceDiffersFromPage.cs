using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ListingLint.Rules.Consistency;

/// <summary>The feed's price (its sale price when it has one) is not a price the landing page shows.</summary>
[Name("LL7001"), Tag(Categories.Consistency)]
public sealed class LL7001PriceDiffersFromPage : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL7001",
        title: "Feed price differs from the landing page",
        messageFormat: "The listing says {0} but its landing page shows {1}",
        category: Categories.Consistency,
        defaultSeverity: Severity.Error,
        prevents: DisputeKind.ListingPolicy,
        description: "Google Merchant Center and marketplaces disapprove items whose landing page price differs from the feed; buyers who see one price and pay another open disputes.");

    public override void Define()
    {
        // Rounding a price to cents in one system and not the other is not a mismatch.
        var tolerance = (decimal)Options.Number("tolerance", 0.005);
        LandingPageFact fact = default!;
        When()
            .Match(() => fact, f => Differs(f, tolerance));
        Then()
            .Do(ctx => Report(ctx, fact));
    }

    public static bool Differs(LandingPageFact fact, decimal tolerance)
    {
        if (FeedPageValues.ExpectedPrice(fact.Feed) is not { } expected || FeedPageValues.HasPriceRange(fact.Page))
            return false;
        if (CurrencyCheck.Differs(fact))
            return false;
        var shown = FeedPageValues.PagePrices(fact.Page);
        return shown.Count > 0 && shown.All(p => Math.Abs(p - expected.Amount) > tolerance);
    }

    private static void Report(IContext ctx, LandingPageFact fact)
    {
        var (amount, pointer) = FeedPageValues.ExpectedPrice(fact.Feed)!.Value;
        var page = fact.Page.At("/price");
        var shown = string.Join(", ", FeedPageValues.PagePrices(fact.Page).Select(FeedPageValues.Format));
        ctx.Report(Descriptor, fact.Feed.At(pointer),
            Evidence.Of(
                ("feedPrice", FeedPageValues.Format(amount)),
                ("feedField", pointer.TrimStart('/')),
                ("feedLocation", fact.Feed.At(pointer)),
                ("pagePrice", shown),
                ("pageLocation", FeedPageValues.Describe(page, fact.Page.Source.SourceOf("/price")))),
            FeedPageValues.Format(amount), shown);
    }
}
