namespace ListingLint.Rules.Brand.Registry;

/// <summary>Words that follow a brand in company and store names ("Anker Official Store", "Apple Inc").</summary>
public static class CompanySuffixes
{
    private static readonly string[] Suffixes =
    [
        " official store", " flagship store", " official", " store", " inc", " ltd", " co ltd", " co", " corp", " corporation",
        " llc", " gmbh", " group", " brand",
    ];

    /// <summary>Removes trailing suffixes from a normalised name.</summary>
    public static string Trim(string normalized)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var suffix in Suffixes)
            {
                if (normalized.Length > suffix.Length && normalized.EndsWith(suffix, StringComparison.Ordinal))
                {
                    normalized = normalized[..^suffix.Length];
                    changed = true;
                }
            }
        }
        return normalized;
    }
}
