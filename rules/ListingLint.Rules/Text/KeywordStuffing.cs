namespace ListingLint.Rules.Text;

/// <summary>What LL5002 found in a title: the most repeated word, and synonyms listed side by side.</summary>
public sealed record KeywordStuffing(string Word, int Count, IReadOnlyList<string> Synonyms);

public static class KeywordStuffingFinder
{
    public static KeywordStuffing Find(TitleText title)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var best = ("", 0);
        // Most titles hold no synonym at all: the groups are made for the first one.
        List<string>?[]? groups = null;
        List<string>? synonyms = null;
        foreach (var word in title.SingularWords)
        {
            if (word.Length < 3 || StopWords.All.Contains(word) || Words.HasDigit(word))
                continue;
            var count = counts[word] = counts.GetValueOrDefault(word) + 1;
            if (count > best.Item2)
                best = (word, count);
            if (SynonymGroups.GroupOf.TryGetValue(word, out var g))
            {
                var members = (groups ??= new List<string>?[SynonymGroups.Groups.Length])[g] ??= [];
                if (!members.Contains(word))
                    members.Add(word);
                if (members.Count > (synonyms?.Count ?? 0))
                    synonyms = members;
            }
        }
        return new KeywordStuffing(best.Item1, best.Item2, synonyms ?? []);
    }
}
