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
        // The characters Fold would write, in its order, in a polynomial hash: cheaper per character than HashCode,
        // and callers compare the full texts of any two whose hashes meet.
        var hash = 17;
        var written = false;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && written)
                    hash = hash * 31 + ' ';
                hash = hash * 31 + char.ToLowerInvariant(c);
                written = true;
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return hash;
    }

    private static string Fold(string text)
    {
        // Every letter or digit gives one character and a space only stands for at least one dropped character,
        // so the result is never longer than the text.
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && length > 0)
                    buffer[length++] = ' ';
                buffer[length++] = char.ToLowerInvariant(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return new string(buffer[..length]);
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
