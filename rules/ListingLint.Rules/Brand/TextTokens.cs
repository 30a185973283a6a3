namespace ListingLint.Rules.Brand;

/// <summary>
/// The words of a text, split at anything that is not a letter or digit and where letters meet digits ("iPhone15" is
/// "iPhone" "15"), compared in a folded form (lower case, accents removed) that keeps every character's position.
/// </summary>
public sealed class TextTokens
{
    private readonly string _written;
    private readonly string _folded;
    private readonly List<(int Start, int Length, bool BreakBefore, bool CommaBefore)> _tokens = [];

    private TextTokens(string text)
    {
        _written = text;
        _folded = string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = Fold(source[i]);
        });
        Split();
    }

    public static TextTokens Of(string text) => new(text);

    public int Count => _tokens.Count;

    public string Text => _written;

    public ReadOnlySpan<char> Word(int index) => _folded.AsSpan(_tokens[index].Start, _tokens[index].Length);

    public ReadOnlySpan<char> WrittenSpan(int index) => _written.AsSpan(_tokens[index].Start, _tokens[index].Length);

    public string Written(int index) => WrittenSpan(index).ToString();

    public IEnumerable<string> Words()
    {
        for (var i = 0; i < Count; i++)
            yield return Word(i).ToString();
    }

    /// <summary>A clause ends before this word: a bar, semicolon, bracket or full stop came between.</summary>
    public bool BreakBefore(int index) => _tokens[index].BreakBefore;

    /// <summary>A comma or a clause break came before this word.</summary>
    public bool PauseBefore(int index) => _tokens[index].BreakBefore || _tokens[index].CommaBefore;

    public bool IsCapitalized(int index) => char.IsUpper(_written[_tokens[index].Start]);

    public bool Is(int index, string word) => index >= 0 && index < Count && Word(index).SequenceEqual(word);

    /// <summary>The written text from word <paramref name="first"/> to word <paramref name="last"/>, inclusive.</summary>
    public string Span(int first, int last) =>
        _written[_tokens[first].Start..(_tokens[last].Start + _tokens[last].Length)];

    private void Split()
    {
        var start = -1;
        var pendingBreak = false;
        var pendingComma = false;
        for (var i = 0; i <= _folded.Length; i++)
        {
            var c = i < _folded.Length ? _folded[i] : ' ';
            var isWordChar = char.IsLetterOrDigit(c);
            if (start >= 0 && (!isWordChar || char.IsDigit(c) != char.IsDigit(_folded[i - 1])))
            {
                _tokens.Add((start, i - start, pendingBreak, pendingComma));
                pendingBreak = false;
                pendingComma = false;
                start = -1;
            }
            if (isWordChar)
            {
                if (start < 0)
                    start = i;
            }
            else if (c is ',' or '，')
            {
                pendingComma = true;
            }
            // A bar between spaces separates title parts ("Mouse | Silent"); inside a name it does not ("Xbox Series X|S").
            else if (c is ';' or '(' or ')' or '[' or ']' or '!' or '?' or '\n' or '【' or '】'
                     || (c == '.' && (i + 1 >= _folded.Length || !char.IsLetterOrDigit(_folded[i + 1])))
                     || (c == '|' && !(i > 0 && char.IsLetterOrDigit(_folded[i - 1]) && i + 1 < _folded.Length && char.IsLetterOrDigit(_folded[i + 1]))))
            {
                pendingBreak = true;
            }
        }
    }

    private static char Fold(char c)
    {
        if (c < 128)
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        var lower = char.ToLowerInvariant(c);
        return lower switch
        {
            'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
            'è' or 'é' or 'ê' or 'ë' => 'e',
            'ì' or 'í' or 'î' or 'ï' => 'i',
            'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' => 'o',
            'ù' or 'ú' or 'û' or 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            '’' => '\'',
            _ => lower,
        };
    }
}
