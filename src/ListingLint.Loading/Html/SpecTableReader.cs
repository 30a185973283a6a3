using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ListingLint.Model;

namespace ListingLint.Loading.Html;

/// <summary>
/// Reads specification tables as attributes, only where they are clearly labelled: a table row of one <c>th</c> and one <c>td</c>,
/// or a <c>dl</c>/two-cell table inside an element whose class or id says specifications. Layout tables are not attributes.
/// </summary>
internal static partial class SpecTableReader
{
    private const int MaxAttributes = 100;
    private const int MaxNameLength = 60;
    private const int MaxValueLength = 300;

    public static void Read(PageContext page)
    {
        var added = 0;
        foreach (var row in page.Document.QuerySelectorAll("tr"))
        {
            if (added >= MaxAttributes)
                return;
            var cells = row.Children.Where(c => c.LocalName is "th" or "td").ToArray();
            if (cells.Length != 2 || cells[1].LocalName != "td" || cells[1].QuerySelector("table") is not null)
                continue;
            if (cells[0].LocalName != "th" && !LooksLikeSpecs(row))
                continue;
            if (Add(page, cells[0], cells[1]))
                added++;
        }
        foreach (var list in page.Document.QuerySelectorAll("dl"))
        {
            if (!LooksLikeSpecs(list))
                continue;
            foreach (var term in list.Children.Where(c => c.LocalName == "dt"))
            {
                if (added >= MaxAttributes)
                    return;
                if (term.NextElementSibling is { LocalName: "dd" } definition && Add(page, term, definition))
                    added++;
            }
        }
    }

    private static bool Add(PageContext page, IElement label, IElement value)
    {
        var name = MicrodataReader.Collapse(label.TextContent).TrimEnd(':', ' ');
        var text = MicrodataReader.Collapse(value.TextContent);
        if (name.Length is 0 or > MaxNameLength || text.Length is 0 or > MaxValueLength)
            return false;
        page.Draft.AddAttribute(name, text, page.At(value), SourceKinds.PageText);
        return true;
    }

    private static bool LooksLikeSpecs(IElement element)
    {
        for (var e = element; e is not null && e.LocalName != "body"; e = e.ParentElement)
        {
            if (SpecWords().IsMatch((e.ClassName ?? "") + " " + e.Id))
                return true;
        }
        return false;
    }

    [GeneratedRegex("spec|attribute|propert|technical|datasheet|data-sheet|product-?detail", RegexOptions.IgnoreCase)]
    private static partial Regex SpecWords();
}
