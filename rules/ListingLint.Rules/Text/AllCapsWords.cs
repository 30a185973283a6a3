namespace ListingLint.Rules.Text;

/// <summary>Shouted words of a title after its first word, and whether the whole title is in capitals.</summary>
public sealed record CapsWords(List<string> Words, bool FirstIsCaps, int LetterWords)
{
    /// <summary>Every word of the title is in capitals ("HOT SALE NEW"), counting the first.</summary>
    public bool WholeTitle => FirstIsCaps && Words.Count + 1 == LetterWords;
}

/// <summary>Finds shouted words: three or more capital letters, no digits, not an acronym from the allow list, not the brand.</summary>
public static class AllCapsWords
{
    public static CapsWords Find(TitleText title, IReadOnlySet<string> extraAllowed)
    {
        var letterWords = 0;
        var firstIsCaps = false;
        var brand = Shared.TextNormalizer.Normalize(title.Listing.Brand ?? "");
        var found = new List<string>();
        for (var i = 0; i < title.Tokens.Length; i++)
        {
            foreach (var part in title.Tokens[i].Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                // The first word of a title is where sellers put their brand, often in capitals (DEWALT, LYUWO).
                if (!part.All(char.IsLetter))
                    continue;
                letterWords++;
                if (i == 0)
                {
                    firstIsCaps |= part.Length >= 3 && part.All(char.IsAsciiLetterUpper) && !CapsAllowList.Words.Contains(part);
                    continue;
                }
                if (part.Length < 3 || !part.All(char.IsAsciiLetterUpper))
                    continue;
                if (CapsAllowList.Words.Contains(part) || extraAllowed.Contains(part) || part.Equals(brand, StringComparison.OrdinalIgnoreCase))
                    continue;
                found.Add(part);
            }
        }
        return new CapsWords(found, firstIsCaps, letterWords);
    }

    private static readonly char[] Separators = ['-', '/', ',', '.', '(', ')', '[', ']', ':', ';', '!', '?', '"', '\'', '+', '&', '|', '*'];
}
