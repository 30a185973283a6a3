using ListingLint.Diagnostics;
using ListingLint.Model;

namespace ListingLint.Engine.Hosting;

/// <summary>Applies a listing's own <c>listinglint.suppress</c> entries; an entry without a justification or for an unknown rule is LL0003 and ignored.</summary>
internal static class InSourceSuppressions
{
    public static List<Diagnostic> Apply(Listing listing, List<Diagnostic> diagnostics, RuleCatalog catalog)
    {
        if (listing.Suppressions.Count == 0)
            return diagnostics;
        var valid = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var suppression in listing.Suppressions)
        {
            if (string.IsNullOrWhiteSpace(suppression.RuleId) || catalog.Find(suppression.RuleId) is null)
                diagnostics.Add(Invalid(listing, suppression, $"suppression names unknown rule '{suppression.RuleId}'"));
            else if (string.IsNullOrWhiteSpace(suppression.Justification))
                diagnostics.Add(Invalid(listing, suppression, $"suppression of {suppression.RuleId} has no justification; add one saying why the finding is acceptable"));
            else
                valid[suppression.RuleId] = suppression.Justification!;
        }
        for (var i = 0; i < diagnostics.Count; i++)
        {
            if (valid.TryGetValue(diagnostics[i].Id, out var justification))
                diagnostics[i] = diagnostics[i] with { Suppression = SuppressionKind.InSource, Justification = justification };
        }
        return diagnostics;
    }

    private static Diagnostic Invalid(Listing listing, Suppression suppression, string message) => new()
    {
        Descriptor = EngineDescriptors.InvalidSuppression,
        Severity = EngineDescriptors.InvalidSuppression.DefaultSeverity,
        Message = message,
        ListingId = listing.Id,
        Location = suppression.Location,
    };
}
