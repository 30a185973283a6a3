using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model;
using NRules.Fluent.Dsl;

namespace ListingLint.Engine.Tests.TestRules;

/// <summary>Throws while matching any listing titled "boom", to prove a crashing condition becomes LL0001.</summary>
[Name("TST002")]
public sealed class TST002ThrowsInCondition : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(id: "TST002", title: "Throws in condition", messageFormat: "never",
        category: Categories.Text, defaultSeverity: Severity.Warning, prevents: DisputeKind.None);

    public override void Define()
    {
        Listing listing = default!;
        When().Match(() => listing, l => Explode(l));
        Then().Do(ctx => ctx.Report(Descriptor, listing.Location, Evidence.None));
    }

    private static bool Explode(Listing listing) =>
        listing.Title == "boom" ? throw new InvalidOperationException("condition exploded") : false;
}
