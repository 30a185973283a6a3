using AngleSharp.Dom;
using ListingLint.Model;

namespace ListingLint.Loading.Html;

/// <summary>
/// Reads microdata (<c>itemscope</c>/<c>itemtype</c>/<c>itemprop</c>, with <c>itemref</c>) and RDFa lite (<c>typeof</c>/<c>property</c>)
/// into schema.org nodes. A property belongs to its nearest enclosing item, never to an item further out.
/// </summary>
internal sealed class MicrodataReader
{
    public static readonly MicrodataReader Microdata = new("itemscope", "itemtype", "itemprop", SourceKinds.Microdata);
    public static readonly MicrodataReader Rdfa = new("typeof", "typeof", "property", SourceKinds.Rdfa);

    private const int MaxDepth = 32;
    private readonly string _scope, _type, _property, _source;

    private MicrodataReader(string scope, string type, string property, string source) =>
        (_scope, _type, _property, _source) = (scope, type, property, source);

    public IReadOnlyList<SchemaNode> Read(PageContext page)
    {
        var roots = new List<SchemaNode>();
        foreach (var element in page.Document.QuerySelectorAll($"[{_scope}]"))
        {
            if (element.HasAttribute(_property) && element.ParentElement?.Closest($"[{_scope}]") is not null)
                continue;
            if (Item(element, page, 0) is { } node)
                roots.Add(node);
        }
        return roots;
    }

    private SchemaNode? Item(IElement element, PageContext page, int depth)
    {
        if (depth > MaxDepth)
            return null;
        var types = (element.GetAttribute(_type) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(SchemaNames.Type).ToArray();
        var node = new SchemaNode(types, page.At(element), _source) { IsNested = depth > 0 };
        var visited = new HashSet<IElement>();
        foreach (var child in element.Children)
            Collect(child, node, page, depth, visited);
        foreach (var id in (element.GetAttribute("itemref") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (page.Document.GetElementById(id) is { } referenced && !referenced.Contains(element))
                Collect(referenced, node, page, depth, visited);
        }
        return node;
    }

    private void Collect(IElement element, SchemaNode node, PageContext page, int depth, HashSet<IElement> visited)
    {
        if (!visited.Add(element))
            return;
        var names = element.GetAttribute(_property);
        var isScope = element.HasAttribute(_scope);
        if (names is not null)
        {
            var value = isScope
                ? Item(element, page, depth + 1) is { } nested ? new SchemaValue(null, nested, nested.Location) : null
                : new SchemaValue(ValueOf(element), null, page.At(element));
            foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (value is not null && IsSchemaName(name))
                    node.Add(name, value);
            }
        }
        if (isScope)
            return;
        foreach (var child in element.Children)
            Collect(child, node, page, depth, visited);
    }

    // RDFa pages mix vocabularies (og:title, dc:title); only bare or schema.org names are schema.org properties.
    private bool IsSchemaName(string name) =>
        _source != SourceKinds.Rdfa || !name.Contains(':') || name.StartsWith("schema:", StringComparison.OrdinalIgnoreCase) || name.Contains("schema.org", StringComparison.OrdinalIgnoreCase);

    private static string ValueOf(IElement element)
    {
        if (element.GetAttribute("content") is { } content)
            return content;
        var attribute = element.LocalName switch
        {
            "meta" => "content",
            "audio" or "embed" or "iframe" or "img" or "source" or "track" or "video" => "src",
            "a" or "area" or "link" => "href",
            "object" => "data",
            "data" or "meter" => "value",
            "time" => "datetime",
            _ => null,
        };
        if (attribute is not null && element.GetAttribute(attribute) is { } value)
            return value;
        return Collapse(element.TextContent);
    }

    public static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
