namespace ListingLint.Rules.Brand;

/// <summary>Decides, from the words around each brand in one text, whether it names the product, what the item fits, or a style.</summary>
public static class MentionRoles
{
    // How far after a brand a style word still refers to it: "Nike Air Max 90 style" (model words in between).
    private const int StyleWindow = 4;
    // Model numbers split into several words ("WH-1000XM5" is four), so "compatible" may come five words after the brand.
    private const int CompatibleAfterWindow = 5;
    // How many platform words a compatibility list may hold before the brand: "for PC, Mac, Android, iOS, PS5".
    private const int MaxListWords = 6;

    public static (MentionRole Role, string? Cue)[] Classify(TextTokens text, IReadOnlyList<RawMention> mentions, bool isTitle)
    {
        var result = new (MentionRole Role, string? Cue)[mentions.Count];
        var explicitCompatibility = false;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            result[k] = CompatibilityListBefore(text, m.First, mentions) is { } before ? (MentionRole.Compatibility, before)
                : StyleCue(text, mentions, k) is { } style ? (MentionRole.StyleReference, style)
                : CompatibilityAfter(text, m.Last) is { } after ? (MentionRole.Compatibility, after)
                : k > 0 && result[k - 1].Role == MentionRole.Compatibility && !BreakBetween(text, mentions[k - 1].Last, m.First)
                    ? (MentionRole.Compatibility, result[k - 1].Cue)
                : (MentionRole.AsBrand, null);
            explicitCompatibility |= result[k].Role == MentionRole.Compatibility;
        }
        if (isTitle && !explicitCompatibility && !HasAny(text, CueWords.Genuine) && AccessoryNoun(text, mentions) is { } accessory)
        {
            for (var k = 0; k < mentions.Count; k++)
            {
                if (result[k].Role == MentionRole.AsBrand && IsProductLine(text, mentions[k]))
                    result[k] = (MentionRole.Compatibility, accessory);
            }
        }
        return result;
    }

    /// <summary>The compatibility phrase right before word <paramref name="first"/> ("for", "compatible with"), if any.</summary>
    public static string? CompatibilityBefore(TextTokens text, int first) => PhraseBefore(text, first, CueWords.CompatibilityBefore);

    // "for PC PS5", "for PC, PS4, PS5": the cue stands before a list of devices; other platforms, numbers and "and" may
    // come between it and the brand (brands in the list are chained in Classify).
    private static string? CompatibilityListBefore(TextTokens text, int first, IReadOnlyList<RawMention> mentions)
    {
        for (var position = first; position > 0 && position > first - MaxListWords; position--)
        {
            if (CompatibilityBefore(text, position) is { } cue)
                return cue;
            var previous = position - 1;
            if (text.BreakBefore(position) || !ContinuesList(text.Word(previous)) || InsideMention(mentions, previous))
                return null;
        }
        return null;
    }

    // Platforms, model words, model numbers and single letters ("X|S") may stand between the cue and a brand of the list.
    private static bool ContinuesList(ReadOnlySpan<char> word) =>
        CueWords.DeviceListWords.Contains(word) || CueWords.ModelListWords.Contains(word) || char.IsAsciiDigit(word[0]) || word.Length == 1;

    private static string? CompatibilityAfter(TextTokens text, int last)
    {
        for (var i = last + 1; i < text.Count && i <= last + CompatibleAfterWindow && !text.PauseBefore(i); i++)
        {
            if (CueWords.CompatibilityAfter.Contains(text.Word(i)))
                return text.Written(i);
        }
        return null;
    }

    private static string? StyleCue(TextTokens text, IReadOnlyList<RawMention> mentions, int k)
    {
        if (PhraseBefore(text, mentions[k].First, CueWords.StyleBefore) is { } before)
            return before;
        var stop = k + 1 < mentions.Count ? mentions[k + 1].First : text.Count;
        for (var i = mentions[k].Last + 1; i < stop && i <= mentions[k].Last + StyleWindow && !text.PauseBefore(i); i++)
        {
            var word = text.Word(i);
            if (CueWords.StyleAfter.Contains(word))
                return text.Written(i);
            if (CueWords.Accessories.Contains(word) || word.SequenceEqual("for"))
                return null;
        }
        return null;
    }

    private static string? PhraseBefore(TextTokens text, int first, string[][] phrases)
    {
        if (first > 1 && CueWords.Articles.Contains(text.Word(first - 1)) && !text.PauseBefore(first) && PhraseEndingAt(text, first - 1, phrases) is { } withArticle)
            return withArticle;
        return PhraseEndingAt(text, first, phrases);
    }

    private static string? PhraseEndingAt(TextTokens text, int first, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            var start = first - phrase.Length;
            if (start < 0 || text.PauseBefore(first))
                continue;
            var matches = true;
            for (var j = 0; j < phrase.Length && matches; j++)
                matches = text.Is(start + j, phrase[j]) && (j == 0 || !text.PauseBefore(start + j));
            if (matches)
                return text.Span(start, first - 1);
        }
        return null;
    }

    private static bool BreakBetween(TextTokens text, int last, int first)
    {
        for (var i = last + 1; i <= first; i++)
        {
            if (text.BreakBefore(i))
                return true;
        }
        return false;
    }

    // A product line ("iPhone", "Apple Watch") or a brand followed by a model number ("Samsung S24") is a device an accessory fits.
    private static bool IsProductLine(TextTokens text, RawMention mention)
    {
        if (mention.Term.Text != mention.Entry.Name)
            return true;
        for (var i = mention.Last + 1; i < text.Count && i <= mention.Last + 2; i++)
        {
            if (char.IsDigit(text.Word(i)[0]))
                return true;
        }
        return false;
    }

    // "Apple AirPods Pro with Charging Case" names what comes with the item, not what the item is.
    private static string? AccessoryNoun(TextTokens text, IReadOnlyList<RawMention> mentions)
    {
        for (var i = 0; i < text.Count; i++)
        {
            if (!CueWords.Accessories.Contains(text.Word(i)) || InsideMention(mentions, i))
                continue;
            var included = false;
            for (var j = Math.Max(0, i - 3); j < i && !included; j++)
                included = CueWords.Inclusion.Contains(text.Word(j));
            if (!included)
                return text.Written(i);
        }
        return null;
    }

    private static bool InsideMention(IReadOnlyList<RawMention> mentions, int index) =>
        mentions.Any(m => m.First <= index && index <= m.Last);

    private static bool HasAny(TextTokens text, WordSet words)
    {
        for (var i = 0; i < text.Count; i++)
        {
            if (words.Contains(text.Word(i)))
                return true;
        }
        return false;
    }
}
