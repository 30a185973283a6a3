using ListingLint.Diagnostics;
using ListingLint.Model;

namespace ListingLint.Engine.Authoring;

/// <summary>
/// What a rule's action produces: a fact inserted into the session, turned into a <see cref="Diagnostic"/> after
/// <c>Fire()</c>. Being a fact, a finding can be matched by other rules (to combine evidence).
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
