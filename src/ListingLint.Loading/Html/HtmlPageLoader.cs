using AngleSharp.Html.Parser;
using ListingLint.Loading.Canonical;
using ListingLint.Loading.Drafts;
using ListingLint.Model;

namespace ListingLint.Loading.Html;

/// <summary>
/// Reads one saved product page into a listing from all its sources, most trusted first: JSON-LD, microdata, RDFa, platform
/// data, OpenGraph, then labelled specification tables. The page is parsed only: scripting is off and nothing is fetched.
/// </summary>
public static class HtmlPageLoader
{
    public const string NoProductMarkup =
        "the page has no product markup (no schema.org Product in JSON-LD, microdata or RDFa, no OpenGraph product tags, no platform product data)";

    public const string ProductList = "the page lists several products (a schema.org ItemList) and describes none of them: it is not a product page";

    /// <summary>Reads a page; the listing is null when the page has no product data, with <c>Problem</c> saying why.</summary>
    public static (Listing? Listing, string? Problem, Location Location) Load(byte[] bytes, string displayPath, string directory, string root, LoadOptions options)
    {
        var fileLocation = new Location(displayPath, "", 0, 0);
        if (bytes.Length > options.MaxPageBytes)
            return (null, $"page is {bytes.Length:N0} bytes, larger than the limit of {options.MaxPageBytes:N0}", fileLocation);
        var (decoded, charsetNote) = HtmlDecoder.Decode(bytes);
        var text = new HtmlText(decoded);
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = false, SkipComments = true });
        using var document = parser.ParseDocument(text.Text);
        var draft = new ListingDraft(displayPath, "html");
        if (charsetNote is not null)
            draft.Note(charsetNote, new Location(displayPath, "", 1, 1));
        var page = new PageContext(displayPath, text, document, draft, options);

        var structured = JsonLdReader.Read(page)
            .Concat(MicrodataReader.Microdata.Read(page))
            .Concat(MicrodataReader.Rdfa.Read(page))
            .ToArray();
        foreach (var source in new[] { SourceKinds.JsonLd, SourceKinds.Microdata, SourceKinds.Rdfa })
        {
            if (SchemaProductMapper.MainProduct(structured.Where(n => n.Source == source)) is { } product)
                SchemaProductMapper.Map(product, draft);
        }
        PlatformDataReader.Read(page);
        OpenGraphReader.Read(page);
        if (!draft.HasProductData)
        {
            var problem = SchemaProductMapper.IsProductList(structured) ? ProductList : NoProductMarkup;
            return (null, problem + NotesSuffix(draft), fileLocation);
        }
        SpecTableReader.Read(page);
        VisiblePriceReader.Read(page);
        if (draft.Get("title") is null && document.Title is { Length: > 0 } title && document.QuerySelector("title") is { } element)
            draft.Set("title", title, page.At(element), SourceKinds.PageText);
        var fallbackId = Path.GetFileNameWithoutExtension(displayPath);
        return (draft.Build(fallbackId, new ImagePathResolver(directory, root)), null, fileLocation);
    }

    internal static LoadResult Result(byte[] bytes, string displayPath, string directory, string root, LoadOptions options)
    {
        var (listing, problem, location) = Load(bytes, displayPath, directory, root, options);
        return listing is not null
            ? LoadResult.Loaded(listing)
            : LoadResult.Failed(Path.GetFileNameWithoutExtension(displayPath), location, problem!);
    }

    private static string NotesSuffix(ListingDraft draft) =>
        draft.Notes.Count == 0 ? "" : "; also: " + string.Join("; ", draft.Notes.Select(n => n.Message));
}
