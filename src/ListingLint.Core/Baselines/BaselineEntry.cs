using ListingLint.Diagnostics;

namespace ListingLint.Baselines;

public sealed record BaselineEntry(string Fingerprint, string RuleId, string ListingId, string Message)
{
    public static BaselineEntry From(Diagnostic diagnostic) =>
        new(diagnostic.Fingerprint, diagnostic.Id, diagnostic.ListingId, diagnostic.Message);
}
