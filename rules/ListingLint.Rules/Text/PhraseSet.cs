namespace ListingLint.Rules.Text;

/// <summary>One phrase found in a word sequence: where it starts, how many words it covers, and the phrase as listed.</summary>
public readonly record struct PhraseMatch(int Start, int Length, string Phrase);

/// <summary>
/// A fixed set of phrases of one to a few words, matched against word arrays by hash look-ups (no regex, no scanning
/// per phrase). Phrases are stored singular (see <see cref="Words.Singular(string)"/>), so plurals in the text match.
/// </summary>
public sealed class PhraseSet
{
    private readonly HashSet<string> _phrases = new(StringComparer.Ordinal);
    // Most words start no phrase: one look-up rules them out before any key is assembled.
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);
    private readonly int _maxWords;

    public PhraseSet(IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var words = Words.SingularOf(phrase);
            if (words.Length == 0)
                continue;
            _phrases.Add(string.Join(' ', words));
            _firstWords.Add(words[0]);
            _maxWords = Math.Max(_maxWords, words.Length);
        }
    }

    public int Count => _phrases.Count;

    public bool Contains(string phrase) => _phrases.Contains(string.Join(' ', Words.SingularOf(phrase)));

    /// <summary>Longest matches, left to right, without overlaps; <paramref name="words"/> must already be singular.</summary>
    public List<PhraseMatch> FindAll(IReadOnlyList<string> words)
    {
        var found = new List<PhraseMatch>();
        for (var i = 0; i < words.Count; i++)
        {
            var match = MatchAt(words, i);
            if (match is { } m)
            {
                found.Add(m);
                i += m.Length - 1;
            }
        }
        return found;
    }

    public PhraseMatch? FindFirst(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (MatchAt(words, i) is { } m)
                return m;
        }
        return null;
    }

    public bool Any(IReadOnlyList<string> words) => FindFirst(words) is not null;

    // Multi-word keys are assembled in a stack buffer and looked up as spans, so matching allocates nothing.
    /// <summary>The longest phrase starting exactly at <paramref name="start"/>.</summary>
    public PhraseMatch? MatchAt(IReadOnlyList<string> words, int start)
    {
        if (start >= words.Count || !_firstWords.Contains(words[start]))
            return null;
        Span<char> buffer = stackalloc char[128];
        var lookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = Math.Min(_maxWords, words.Count - start); length >= 1; length--)
        {
            var used = 0;
            for (var k = start; k < start + length && used >= 0; k++)
            {
                var word = words[k];
                if (used + word.Length + 1 > buffer.Length)
                    used = -1;
                else
                {
                    if (k > start)
                        buffer[used++] = ' ';
                    word.AsSpan().CopyTo(buffer[used..]);
                    used += word.Length;
                }
            }
            if (used > 0 && lookup.TryGetValue(buffer[..used], out var phrase))
                return new PhraseMatch(start, length, phrase);
        }
        return null;
    }
}
