using ListingLint.Model;

namespace ListingLint.Diagnostics;

/// <summary>One finding: a descriptor with the severity in force, its message, the listing and location it is about, and evidence.</summary>
public sealed record Diagnostic
{
    public required DiagnosticDescriptor Descriptor { get; init; }
    public required Severity Severity { get; init; }
    public required string Message { get; init; }
    public required string ListingId { get; init; }
    public required Location Location { get; init; }
    public Evidence Evidence { get; init; } = Evidence.None;
    public string? Fix { get; init; }
    public SuppressionKind Suppression { get; init; }
    public string? Justification { get; init; }

    public string Id => Descriptor.Id;

    public bool IsSuppressed => Suppression != SuppressionKind.None;

    /// <summary>
    /// Identifies the finding across runs: rule, listing and message, but not line numbers or the listing's
    /// position in the batch, so reordering listings or editing unrelated fields keeps it.
    /// </summary>
    public string Fingerprint => Fingerprints.Of(Descriptor.Id, ListingId, Message);
}
