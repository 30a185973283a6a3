namespace ListingLint.Rules.Text;

/// <summary>Shouted words of a title after its first word, and whether the whole title is in capitals.</summary>
public sealed record CapsWords(List<string> Words, bool FirstIsCaps, int LetterWords, bool FirstCounted)
{
    /// <summary>Every word of the title is in capitals ("HOT SALE NEW"), counting the first.</summary>
    public bool WholeTitle => FirstIsCaps && Words.Count + (FirstCounted ? 0 : 1) == LetterWords;
}

/// <summary>Finds shouted words: three or more capital letters, no digits, not an acronym from the allow list, not the brand.</summary>
public static class AllCapsWords
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Allowed = CapsAllowList.Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static CapsWords Find(TitleText title, IReadOnlySet<string> extraAllowed)
    {
        var brand = title.Listing.Brand?.Trim() ?? "";
        var found = new List<string>();
        var letterWords = 0;
        var firstIsCaps = false;
        var firstCounted = false;
        for (var i = 0; i < title.Tokens.Length; i++)
        {
            var token = title.Tokens[i].AsSpan();
            foreach (var range in token.SplitAny(Separators))
            {
                var part = token[range];
                if (part.IsEmpty || part.ContainsAnyExcept(Words.AsciiLetters))
                    continue;
                letterWords++;
                var shouted = IsShouted(part);
                var counts = shouted && !part.Equals(brand, StringComparison.OrdinalIgnoreCase) && (extraAllowed.Count == 0 || !extraAllowed.Contains(part.ToString()));
                // The first word of a title is where sellers put their brand, often in capitals (DEWALT, LYUWO), unless the
                // next word shouts too ("SUPER SOFT Fleece Blanket").
                if (i == 0)
                {
                    firstIsCaps |= shouted;
                    if (!(counts && NextShouts(title.Tokens)))
                        continue;
                    firstCounted = true;
                }
                if (counts)
                    found.Add(part.ToString());
            }
        }
        return new CapsWords(found, firstIsCaps, letterWords, firstCounted);
    }

    /// <summary>A word of three or more capital letters that is not an acronym, unit or standard of the allow list.</summary>
    public static bool IsShouted(ReadOnlySpan<char> word) =>
        word.Length >= 3 && !word.ContainsAnyExceptInRange('A', 'Z') && !Allowed.Contains(word);

    private static bool NextShouts(string[] tokens) => tokens.Length >= 2 && IsShouted(tokens[1]);

    private static readonly char[] Separators = ['-', '/', ',', '.', '(', ')', '[', ']', ':', ';', '!', '?', '"', '\'', '+', '&', '|', '*'];
}
