using ListingLint.Rules.Shared;

namespace ListingLint.Rules.Text;

/// <summary>Splits text into lower-case words (see <see cref="TextNormalizer"/>) and folds plurals, so that "Cables" matches "cable".</summary>
public static class Words
{
    /// <summary>The ASCII letters, for span searches ("is this part of a word letters only").</summary>
    public static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    public static string[] Of(string? text) =>
        string.IsNullOrEmpty(text) ? [] : TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The words of <paramref name="text"/>, each folded to its singular.</summary>
    public static string[] SingularOf(string? text)
    {
        var words = Of(text);
        for (var i = 0; i < words.Length; i++)
            words[i] = Singular(words[i]);
        return words;
    }

    // Light plural folding: enough for product nouns ("brushes", "batteries", "filters"), never shorter than 3 letters.
    public static string Singular(string word)
    {
        if (word.Length < 4 || !word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || char.IsDigit(word[0]))
            return word;
        if (word.EndsWith("ies", StringComparison.Ordinal))
            return word[..^3] + "y";
        if (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
            return word[..^2];
        return word[..^1];
    }

    public static bool IsNumber(string word) => word.Length > 0 && !word.AsSpan().ContainsAnyExceptInRange('0', '9');

    public static bool HasDigit(string word) => word.AsSpan().ContainsAnyInRange('0', '9');
}
