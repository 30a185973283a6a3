using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Rules.Shared;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ListingLint.Rules.Consistency;

/// <summary>The feed and its landing page name different brands.</summary>
[Name("LL7005"), Tag(Categories.Consistency)]
public sealed class LL7005BrandDiffersFromPage : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL7005",
        title: "Feed brand differs from the landing page",
        messageFormat: "The listing's brand is \"{0}\" but its landing page's is \"{1}\"",
        category: Categories.Consistency,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.IntellectualProperty,
        description: "An ad naming one brand for a page selling another is misleading and is a common trigger of trademark complaints.");

    public override void Define()
    {
        LandingPageFact fact = default!;
        When()
            .Match(() => fact, f => f.Feed.Brand != null && f.Page.Brand != null && Differs(f.Feed.Brand, f.Page.Brand));
        Then()
            .Do(ctx => Report(ctx, fact));
    }

    // "Anker" and "Anker Innovations", or "L'Oréal" and "L'Oreal Paris", are one brand written two ways.
    public static bool Differs(string feed, string page)
    {
        var a = TextNormalizer.Normalize(feed).Replace(" ", "");
        var b = TextNormalizer.Normalize(page).Replace(" ", "");
        return a.Length > 0 && b.Length > 0 && !a.Contains(b, StringComparison.Ordinal) && !b.Contains(a, StringComparison.Ordinal);
    }

    private static void Report(IContext ctx, LandingPageFact fact) =>
        ctx.Report(Descriptor, fact.Feed.At("/brand"),
            Evidence.Of(
                ("feedBrand", fact.Feed.Brand),
                ("feedLocation", fact.Feed.At("/brand")),
                ("pageBrand", fact.Page.Brand),
                ("pageLocation", FeedPageValues.Describe(fact.Page.At("/brand"), fact.Page.Source.SourceOf("/brand")))),
            fact.Feed.Brand, fact.Page.Brand);
}
