using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Rules.Shared;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ListingLint.Rules.Consistency;

/// <summary>The feed's title and the page's title share too few words to be about the same item.</summary>
[Name("LL7004"), Tag(Categories.Consistency)]
public sealed class LL7004TitleDiffersFromPage : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL7004",
        title: "Feed title differs from the landing page",
        messageFormat: "The listing's title \"{0}\" shares {1:P0} of its words with the landing page's title \"{2}\"",
        category: Categories.Consistency,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.NotAsDescribed,
        description: "A feed title that names another item than the page (a stale feed, a reused page) sends buyers to the wrong product.");

    public override void Define()
    {
        // Shops add their name or a size to one title and not the other; below half of the shorter title's words, it is another item.
        var minOverlap = Options.Number("minOverlap", 0.5);
        LandingPageFact fact = default!;
        When()
            .Match(() => fact, f => f.Feed.Title != null && f.Page.Title != null && Overlap(f.Feed.Title, f.Page.Title) < minOverlap);
        Then()
            .Do(ctx => Report(ctx, fact));
    }

    /// <summary>The share of the shorter title's words that the other title also has.</summary>
    public static double Overlap(string a, string b)
    {
        var left = Words(a);
        var right = Words(b);
        if (left.Count == 0 || right.Count == 0)
            return 1;
        var (small, large) = left.Count <= right.Count ? (left, right) : (right, left);
        return (double)small.Count(large.Contains) / small.Count;
    }

    private static HashSet<string> Words(string text) =>
        TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    private static void Report(IContext ctx, LandingPageFact fact) =>
        ctx.Report(Descriptor, fact.Feed.At("/title"),
            Evidence.Of(
                ("feedTitle", fact.Feed.Title),
                ("feedLocation", fact.Feed.At("/title")),
                ("pageTitle", fact.Page.Title),
                ("pageLocation", FeedPageValues.Describe(fact.Page.At("/title"), fact.Page.Source.SourceOf("/title")))),
            fact.Feed.Title, Overlap(fact.Feed.Title!, fact.Page.Title!), fact.Page.Title);
}
