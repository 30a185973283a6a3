using System.Buffers;

namespace ListingLint.Rules.Brand;

/// <summary>
/// Words sellers use for copies sold as the brand ("replica", "1:1", "AAA quality", "mirror quality"). Look-alike words
/// ("dupe", "style", "inspired") are style cues instead: they do not claim the brand.
/// </summary>
public static class CounterfeitWording
{
    private static readonly string[] Phrases =
    [
        "replica", "replicas", "1:1", "aaa quality", "aaa grade", "aaa+", "aaaa", "aaaaa", "mirror quality", "mirror copy",
        "high imitation", "super fake", "super copy", "top copy", "knockoff", "knock-off", "knock off", "counterfeit",
        "fake", "master copy", "original quality",
    ];

    private static readonly SearchValues<string> Search = SearchValues.Create(Phrases, StringComparison.OrdinalIgnoreCase);

    /// <summary>The first counterfeit phrase in a text (any case), as written there; null when there is none.</summary>
    public static string? Find(string text)
    {
        var span = text.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            var at = span[offset..].IndexOfAny(Search);
            if (at < 0)
                return null;
            var start = offset + at;
            foreach (var phrase in Phrases)
            {
                if (span[start..].StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && IsWhole(span, start, phrase.Length))
                    return text.Substring(start, phrase.Length);
            }
            offset = start + 1;
        }
        return null;
    }

    // "1:1" must stand alone and not be a scale or ratio ("1:1 scale model", "1:10"); a word must not continue ("fakes" is fine, "dupes" listed).
    private static bool IsWhole(ReadOnlySpan<char> text, int start, int length)
    {
        var end = start + length;
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == ':'))
            return false;
        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == ':'))
            return false;
        if (text.Slice(start, length).SequenceEqual("1:1"))
        {
            var rest = text[end..].TrimStart();
            return !rest.StartsWith("scale", StringComparison.OrdinalIgnoreCase) && !rest.StartsWith("ratio", StringComparison.OrdinalIgnoreCase);
        }
        return true;
    }
}
