using ListingLint.Loading.Drafts;
using ListingLint.Model;

namespace ListingLint.Loading.Html;

/// <summary>
/// Reads the price a buyer sees where the markup shows it: the text of the element whose <c>content</c> attribute gives the
/// machine-readable price (<c>&lt;span itemprop="price" content="19.99"&gt;$24.99&lt;/span&gt;</c>). Only when the page has one
/// such element, so that related products' prices are never taken for the product's.
/// </summary>
internal static class VisiblePriceReader
{
    public static void Read(PageContext page)
    {
        var elements = page.Document.QuerySelectorAll("[itemprop~=price][content], [property~=price][content]");
        if (elements.Length != 1 || elements[0].LocalName == "meta")
            return;
        var text = MicrodataReader.Collapse(elements[0].TextContent);
        if (text.Length is > 0 and <= 40 && Money.Parse(text) is { } amount)
            page.Draft.Observe("price", amount.ToString(System.Globalization.CultureInfo.InvariantCulture), page.At(elements[0]), SourceKinds.PageText);
    }
}
