using AngleSharp.Dom;
using ListingLint.Loading.Drafts;
using ListingLint.Model;

namespace ListingLint.Loading.Html;

/// <summary>One page being read: its text, its parsed document, and the listing draft its sources fill.</summary>
internal sealed class PageContext(string file, HtmlText text, IDocument document, ListingDraft draft, LoadOptions options)
{
    public string File { get; } = file;
    public HtmlText Text { get; } = text;
    public IDocument Document { get; } = document;
    public ListingDraft Draft { get; } = draft;
    public LoadOptions Options { get; } = options;

    public Location At(IElement element)
    {
        var position = element.SourceReference?.Position;
        return position is { Line: > 0 } p ? new Location(File, "", p.Line, p.Column) : new Location(File, "", 0, 0);
    }

    public Location At(int line, int column) => new(File, "", line, column);

    /// <summary>Index of the first character of an element's content (after its start tag), or -1.</summary>
    public int ContentStart(IElement element)
    {
        var position = element.SourceReference?.Position;
        if (position is not { Line: > 0 } p)
            return -1;
        var tag = Text.IndexOf(p.Line, p.Column);
        var close = tag < 0 ? -1 : Text.Text.IndexOf('>', tag);
        return close < 0 ? -1 : close + 1;
    }
}
