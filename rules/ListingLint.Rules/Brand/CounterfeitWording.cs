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
    public static string? Find(string text) => FindPhrase(text) ?? BareGrade(text);

    // Words after a bare "AAA" that make it a battery size or a game budget, not a replica grade.
    private static readonly HashSet<string> NotGradeAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "battery", "batteries", "cell", "cells", "size", "rechargeable", "alkaline", "lithium", "ni-mh", "nimh", "game", "games",
        "title", "titles", "rated", "rating", "bond",
    };

    private static readonly SearchValues<string> BatteryContext = SearchValues.Create(
        ["batter", "mah", "alkaline", "rechargeable", "eneloop", "ni-mh", "nimh", "lithium", "volt", "1.5v", "1.2v", "remote"],
        StringComparison.OrdinalIgnoreCase);

    // "… Women Purse AAA": a bare upper-case AAA is the replica grade sellers use; "AAA Batteries" is a size.
    private static string? BareGrade(string text)
    {
        if (text.AsSpan().ContainsAny(BatteryContext))
            return null;
        for (var start = text.IndexOf("AAA", StringComparison.Ordinal); start >= 0; start = text.IndexOf("AAA", start + 3, StringComparison.Ordinal))
        {
            var end = start + 3;
            if (start > 0 && char.IsLetterOrDigit(text[start - 1]) || end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '+'))
                continue;
            var next = text.AsSpan(end).TrimStart();
            var word = next[..Math.Max(0, next.IndexOfAny(' ', ',', '/') is var stop && stop >= 0 ? stop : next.Length)];
            if (!NotGradeAfter.Contains(word.ToString()))
                return "AAA";
        }
        return null;
    }

    private static string? FindPhrase(string text)
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
