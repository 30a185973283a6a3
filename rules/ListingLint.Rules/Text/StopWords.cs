namespace ListingLint.Rules.Text;

/// <summary>Function words that titles repeat by grammar, not to game search; never counted as stuffing or as a product.</summary>
public static class StopWords
{
    public static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "for", "with", "without", "of", "in", "on", "to", "by", "at", "from", "as", "is", "it", "its",
        "your", "you", "my", "our", "all", "any", "per", "via", "into", "up", "out", "off", "over", "under", "inch", "pcs", "pc",
        "set", "piece", "new", "s", "x", "w", "v", "mm", "cm", "m", "kg", "g", "ml", "l",
    };
}
