namespace ListingLint.Rules.Shared;

/// <summary>Lower-cases text and folds punctuation and runs of white space to single spaces, for matching phrases.</summary>
public static class TextNormalizer
{
    // Names and values repeat across a catalogue ("Color", "Black", "Polyester"): short texts are normalised once.
    private const int CachedLength = 48;
    private static readonly BoundedCache<string, string> Short = new(Fold, capacity: 16384);

    public static string Normalize(string text)
    {
        if (IsNormalized(text))
            return text;
        return text.Length <= CachedLength ? Short[text] : Fold(text);
    }

    /// <summary>
    /// A hash of <see cref="Normalize"/>(<paramref name="text"/>) computed without building it: texts with the same
    /// normal form have the same hash. For comparing many short texts where a cache look-up would cost more than the hash.
    /// </summary>
    public static int HashOfNormalized(string text)
    {
        // A polynomial hash: cheaper per character than HashCode, and callers compare the full texts of any two whose
        // hashes meet.
        var hash = 17;
        foreach (var c in new FoldedChars(text))
            hash = hash * 31 + c;
        return hash;
    }

    private static string Fold(string text)
    {
        // Every letter or digit gives one character and a space only stands for at least one dropped character,
        // so the result is never longer than the text.
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in new FoldedChars(text))
            buffer[length++] = c;
        return new string(buffer[..length]);
    }

    /// <summary>
    /// The characters of the normal form, one at a time: each letter or digit lower-cased, and one space for every run
    /// of other characters between two of them. Shared by <see cref="Fold"/> and <see cref="HashOfNormalized"/>.
    /// </summary>
    private ref struct FoldedChars(string text)
    {
        private int _next;
        private bool _written;

        public char Current { get; private set; }

        public readonly FoldedChars GetEnumerator() => this;

        public bool MoveNext()
        {
            var skipped = false;
            while (_next < text.Length)
            {
                var c = text[_next];
                if (!char.IsLetterOrDigit(c))
                {
                    skipped = true;
                    _next++;
                    continue;
                }
                // The space before a word is given first; the letter stays next.
                if (skipped && _written)
                {
                    Current = ' ';
                    return true;
                }
                _next++;
                _written = true;
                Current = char.ToLowerInvariant(c);
                return true;
            }
            return false;
        }
    }

    private static bool IsNormalized(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                if (i == 0 || i == text.Length - 1 || text[i - 1] == ' ')
                    return false;
            }
            else if (!char.IsLetterOrDigit(c) || char.ToLowerInvariant(c) != c)
            {
                return false;
            }
        }
        return true;
    }
}
