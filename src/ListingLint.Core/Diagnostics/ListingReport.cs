using ListingLint.Model;

namespace ListingLint.Diagnostics;

/// <summary>The outcome of auditing one listing (or of failing to load it), in input order.</summary>
public sealed record ListingReport(int Ordinal, string ListingId, string File, Listing? Listing, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Loaded => Listing is not null;
}
