using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model;
using NRules.Fluent.Dsl;

namespace ListingLint.Engine.Tests.TestRules;

[Name("TST001")]
public sealed class TST001WholesaleInTitle : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(id: "TST001", title: "Wholesale in title", messageFormat: "Title says '{0}'",
        category: Categories.Text, defaultSeverity: Severity.Warning, prevents: DisputeKind.ListingPolicy);

    public override void Define()
    {
        var word = Options.Text("word", "wholesale");
        Listing listing = default!;
        When().Match(() => listing, l => l.Title != null && l.Title.Contains(word, StringComparison.OrdinalIgnoreCase));
        Then().Do(ctx => ctx.Report(Descriptor, listing.At("/title"), Evidence.Of("word", word), word));
    }
}
