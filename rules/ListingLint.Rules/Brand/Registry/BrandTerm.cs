namespace ListingLint.Rules.Brand.Registry;

/// <summary>One name of a brand as the matcher sees it: its words folded to lower case, and the words as written.</summary>
public sealed class BrandTerm
{
    // Names of three letters or fewer ("LG", "HP", "LV", "MAC") are everyday abbreviations in lower case (hp, lv, mac).
    private const int MaxLettersForExactCase = 3;

    public BrandTerm(BrandEntry entry, string text, bool common)
    {
        Entry = entry;
        Text = text;
        Common = common;
        var tokens = TextTokens.Of(text);
        Words = tokens.Words().ToArray();
        WrittenWords = Enumerable.Range(0, tokens.Count).Select(tokens.Written).ToArray();
        ExactCase = text.Count(char.IsLetter) <= MaxLettersForExactCase;
    }

    public BrandEntry Entry { get; }
    public string Text { get; }
    public bool Common { get; }
    public IReadOnlyList<string> Words { get; }
    public IReadOnlyList<string> WrittenWords { get; }
    public bool ExactCase { get; }

    /// <summary>Whether the words of <paramref name="text"/> from <paramref name="first"/> on are this term.</summary>
    public bool MatchesAt(TextTokens text, int first)
    {
        if (first + Words.Count > text.Count)
            return false;
        for (var i = 0; i < Words.Count; i++)
        {
            if (!text.Word(first + i).SequenceEqual(Words[i]))
                return false;
            if (ExactCase && !text.WrittenSpan(first + i).SequenceEqual(WrittenWords[i]))
                return false;
        }
        return true;
    }
}
