using ListingLint.Diagnostics;
using ListingLint.Model;

namespace ListingLint.Engine.Authoring;

/// <summary>
/// What a rule's action produces (<c>ctx.Report</c>), turned into a <see cref="Diagnostic"/> after <c>Fire()</c>.
/// When some rule's pattern matches findings (to combine evidence), every finding is inserted into the session as a
/// fact; otherwise the engine collects them beside the session, which spares a trip through the network each.
/// </summary>
public sealed class Finding
{
    public required DiagnosticDescriptor Descriptor { get; init; }
    public required string Message { get; init; }
    public required Location Location { get; init; }
    public Evidence Evidence { get; init; } = Evidence.None;

    /// <summary>A severity the rule chose for this finding (by the strength of its evidence); configuration still wins.</summary>
    public Severity? Severity { get; init; }

    public string? Fix { get; init; }
}
