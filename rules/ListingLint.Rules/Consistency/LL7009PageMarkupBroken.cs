using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ListingLint.Rules.Consistency;

/// <summary>Part of a page's markup could not be read (a JSON-LD block that is not JSON, a wrong charset); the rest was.</summary>
[Name("LL7009"), Tag(Categories.Consistency)]
public sealed class LL7009PageMarkupBroken : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL7009",
        title: "Page markup is partly unreadable",
        messageFormat: "{0}",
        category: Categories.Consistency,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.ListingPolicy,
        description: "Search engines skip a JSON-LD block that is not valid JSON, and text read with the wrong charset shows garbled; what the buyer or Google sees then differs from what the seller wrote.");

    public override void Define()
    {
        PageSourcesFact fact = default!;
        When()
            .Match(() => fact, f => f.Page.Notes.Count > 0);
        Then()
            .Do(ctx => Report(ctx, fact));
    }

    private static void Report(IContext ctx, PageSourcesFact fact)
    {
        foreach (var note in fact.Page.Notes)
            ctx.Report(Descriptor, fact.ReportAt ?? note.Location, Evidence.Of(("problem", note.Message), ("location", note.Location)), note.Message);
    }
}
