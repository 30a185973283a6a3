using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;

namespace ListingLint.Engine.Tests.TestRules;

/// <summary>Combines evidence: reports again whatever TST001 found, which works only while findings are facts.</summary>
[Name("TST004")]
public sealed class TST004RepeatsWholesaleFinding : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(id: "TST004", title: "Wholesale finding seen", messageFormat: "TST001 said: {0}",
        category: Categories.Text, defaultSeverity: Severity.Info, prevents: DisputeKind.ListingPolicy);

    public override void Define()
    {
        Finding finding = default!;
        When().Match(() => finding, f => f.Descriptor.Id == "TST001");
        Then().Do(ctx => ctx.Report(Descriptor, finding.Location, Evidence.Of("rule", "TST001"), finding.Message));
    }
}
