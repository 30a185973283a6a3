using System.Collections.Frozen;
using ListingLint.Rules.Shared;

namespace ListingLint.Rules.Brand.Registry;

/// <summary>
/// Known brands, indexed once by the first word of each name so that a text is matched in one pass over its words
/// (a dictionary look-up per word), not one search per brand.
/// </summary>
public sealed class BrandRegistry
{
    private readonly FrozenDictionary<string, BrandTerm[]> _byFirstWord;
    private readonly FrozenDictionary<string, BrandTerm[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenDictionary<string, BrandEntry> _byName;

    public BrandRegistry(IEnumerable<BrandEntry> entries)
    {
        // A later entry of the same name replaces an earlier one, so a store's file can correct the default list.
        Entries = entries.GroupBy(e => TextNormalizer.Normalize(e.Name)).Select(g => g.Last()).ToArray();
        var terms = Entries.SelectMany(e => e.Terms.Select(t => new BrandTerm(e, t, e.Common && t == e.Name)))
            .Where(t => t.Words.Count > 0)
            .ToArray();
        _byFirstWord = terms.GroupBy(t => t.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Words.Count).ToArray(), StringComparer.Ordinal);
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _byName = Entries.SelectMany(e => e.Terms.Select(t => (Key: TextNormalizer.Normalize(t), Entry: e)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Last().Entry, StringComparer.Ordinal);
    }

    public IReadOnlyList<BrandEntry> Entries { get; }

    /// <summary>The terms whose first word is <paramref name="word"/>, longest first.</summary>
    public ReadOnlySpan<BrandTerm> StartingWith(ReadOnlySpan<char> word) =>
        _lookup.TryGetValue(word, out var terms) ? terms : [];

    /// <summary>
    /// The brand a whole value names ("nike", "Louis Vuitton", "Redmi"), ignoring case, punctuation and company suffixes,
    /// or the brand it starts with ("L'Oreal Paris", "Anker Innovations") unless that name is also an everyday word.
    /// </summary>
    public BrandEntry? Resolve(string name)
    {
        var key = TextNormalizer.Normalize(name);
        if (_byName.TryGetValue(key, out var entry))
            return entry;
        var trimmed = CompanySuffixes.Trim(key);
        if (trimmed != key && _byName.TryGetValue(trimmed, out entry))
            return entry;
        return StartingBrand(name);
    }

    // Matched word by word as in titles (accents folded: "L'Oréal Paris"). "Apple Tree Kids" is not Apple: a name that is
    // also an everyday word does not resolve as the start of another name.
    private BrandEntry? StartingBrand(string name)
    {
        // A name of letters only is one word: nothing can start it and go on.
        if (!name.AsSpan().ContainsAnyExcept(Text.Words.AsciiLetters))
            return null;
        var tokens = TextTokens.Of(name);
        if (tokens.Count < 2)
            return null;
        foreach (var term in StartingWith(tokens.Word(0)))
        {
            if (!term.Common && term.Words.Count < tokens.Count && term.MatchesAt(tokens, 0))
                return term.Entry;
        }
        return null;
    }

    /// <summary>The name a brand is compared by: the registry's name when known, else the normalised value.</summary>
    public string Canonical(string name) => Resolve(name)?.Name ?? Unregistered(name);

    /// <summary>The name a brand the registry does not know is compared by: its normalised value without company suffixes.</summary>
    public static string Unregistered(string name) => CompanySuffixes.Trim(TextNormalizer.Normalize(name));
}
