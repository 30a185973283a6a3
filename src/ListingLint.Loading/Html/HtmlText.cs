namespace ListingLint.Loading.Html;

/// <summary>A page's decoded text with line breaks normalised, and the line/column of any character in it.</summary>
internal sealed class HtmlText
{
    private readonly int[] _lineStarts;

    public HtmlText(string text)
    {
        Text = text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        var starts = new List<int> { 0 };
        for (var i = Text.IndexOf('\n'); i >= 0; i = Text.IndexOf('\n', i + 1))
            starts.Add(i + 1);
        _lineStarts = starts.ToArray();
    }

    public string Text { get; }

    /// <summary>1-based line and column of a 0-based character index.</summary>
    public (int Line, int Column) PositionOf(int index)
    {
        var line = Array.BinarySearch(_lineStarts, index);
        if (line < 0)
            line = ~line - 1;
        return (line + 1, index - _lineStarts[line] + 1);
    }

    /// <summary>0-based character index of a 1-based line and column.</summary>
    public int IndexOf(int line, int column) =>
        line < 1 || line > _lineStarts.Length ? -1 : Math.Min(Text.Length, _lineStarts[line - 1] + Math.Max(0, column - 1));
}
