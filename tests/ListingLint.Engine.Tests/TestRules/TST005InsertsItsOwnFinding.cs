using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model;
using NRules.Fluent.Dsl;

namespace ListingLint.Engine.Tests.TestRules;

/// <summary>A rule that inserts its finding as a fact itself instead of calling ctx.Report.</summary>
[Name("TST005")]
public sealed class TST005InsertsItsOwnFinding : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(id: "TST005", title: "Socks", messageFormat: "Socks",
        category: Categories.Text, defaultSeverity: Severity.Info, prevents: DisputeKind.ListingPolicy);

    public override void Define()
    {
        Listing listing = default!;
        When().Match(() => listing, l => l.Title != null && l.Title.Contains("socks", StringComparison.OrdinalIgnoreCase));
        Then().Do(ctx => ctx.Insert(new Finding { Descriptor = Descriptor, Message = "Socks", Location = listing.At("/title") }));
    }
}
