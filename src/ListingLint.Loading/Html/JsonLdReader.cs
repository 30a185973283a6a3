using AngleSharp.Dom;
using ListingLint.Loading.Drafts;
using ListingLint.Loading.Json;
using ListingLint.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Html;

/// <summary>
/// Reads every <c>&lt;script type="application/ld+json"&gt;</c> block into schema.org nodes, with locations in the page. A block
/// that is not valid JSON becomes a note naming it; the other blocks and the rest of the page are still read.
/// </summary>
internal static class JsonLdReader
{
    private const int MaxReferenceDepth = 12;

    public static IReadOnlyList<SchemaNode> Read(PageContext page)
    {
        var nodes = new List<SchemaNode>();
        var block = 0;
        foreach (var script in page.Document.QuerySelectorAll("script[type]"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                continue;
            block++;
            var start = page.ContentStart(script);
            var (line, column) = start >= 0 ? page.Text.PositionOf(start) : (0, 0);
            var json = Unwrap(script.TextContent);
            if (string.IsNullOrWhiteSpace(json))
                continue;
            JToken root;
            try
            {
                root = Parse(json, page.Options);
            }
            catch (JsonReaderException e)
            {
                var at = Shift(page, line, column, e.LineNumber, e.LinePosition);
                page.Draft.Note($"JSON-LD block {block} (the <script> at line {page.At(script).Line}) is not valid JSON: {JsonFileReader.Describe(e)}; it was skipped and the rest of the page was read", at);
                continue;
            }
            var converter = new Converter(new JsonLocator(page.File, line, column), Index(root));
            foreach (var top in TopLevel(root))
            {
                if (converter.Node(top, 0) is { } node)
                    nodes.Add(node);
            }
        }
        return nodes;
    }

    /// <summary>Reads a standalone JSON-LD document's nodes (positions are the document's own).</summary>
    public static IReadOnlyList<SchemaNode> FromDocument(JToken root, string file)
    {
        var converter = new Converter(new JsonLocator(file), Index(root));
        return TopLevel(root).Select(t => converter.Node(t, 0)).Where(n => n is not null).ToArray()!;
    }

    private static JToken Parse(string json, LoadOptions options)
    {
        using var reader = new JsonTextReader(new StringReader(json))
        {
            MaxDepth = options.MaxDepth,
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
        };
        var token = JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, CommentHandling = CommentHandling.Ignore });
        while (reader.Read())
        {
            if (reader.TokenType != JsonToken.Comment)
                throw new JsonReaderException("additional text after the JSON value", reader.Path, reader.LineNumber, reader.LinePosition, null);
        }
        return token;
    }

    // Some sites wrap the block in an HTML comment or CDATA section; blank the wrapper so positions stay right.
    private static string Unwrap(string text)
    {
        foreach (var marker in new[] { "<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>" })
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && text[..at].Trim().Length == 0 || at >= 0 && text[(at + marker.Length)..].Trim().Length == 0)
                text = text[..at] + new string(' ', marker.Length) + text[(at + marker.Length)..];
        }
        return text;
    }

    private static IEnumerable<JObject> TopLevel(JToken root) => root switch
    {
        JArray array => array.OfType<JObject>().SelectMany(TopLevel),
        JObject obj when obj["@graph"] is JArray graph => graph.OfType<JObject>().Concat(obj.ContainsKey("@type") ? [obj] : []),
        JObject obj when obj["@graph"] is JObject single => [single],
        JObject obj => [obj],
        _ => [],
    };

    private static Dictionary<string, JObject> Index(JToken root)
    {
        var index = new Dictionary<string, JObject>(StringComparer.Ordinal);
        foreach (var obj in (root is JContainer c ? c.DescendantsAndSelf() : [root]).OfType<JObject>())
        {
            if (obj["@id"] is JValue { Type: JTokenType.String } id && obj.Count > 1)
                index.TryAdd((string)id!, obj);
        }
        return index;
    }

    private static Location Shift(PageContext page, int line, int column, int jsonLine, int jsonColumn) =>
        line == 0 ? page.At(0, 0)
        : jsonLine <= 1 ? page.At(line, column + Math.Max(0, jsonColumn - 1))
        : page.At(line + jsonLine - 1, jsonColumn);

    private sealed class Converter(JsonLocator locator, Dictionary<string, JObject> index)
    {
        public SchemaNode? Node(JObject obj, int depth)
        {
            if (depth > MaxReferenceDepth)
                return null;
            if (obj.Count == 1 && obj["@id"] is JValue { Type: JTokenType.String } reference && index.TryGetValue((string)reference!, out var target))
                obj = target;
            var types = obj["@type"] switch
            {
                JValue v => [SchemaNames.Type(v.ToString())],
                JArray a => a.Select(t => SchemaNames.Type(t.ToString())).ToArray(),
                _ => Array.Empty<string>(),
            };
            var node = new SchemaNode(types, At(obj), SourceKinds.JsonLd) { IsNested = depth > 0 };
            foreach (var property in obj.Properties())
            {
                if (property.Name.StartsWith('@'))
                    continue;
                foreach (var value in property.Value is JArray values ? values.ToArray() : [property.Value])
                {
                    if (Value(value, depth) is { } converted)
                        node.Add(property.Name, converted);
                }
            }
            return node;
        }

        private SchemaValue? Value(JToken token, int depth) => token switch
        {
            JObject { Count: > 0 } obj when obj["@value"] is JValue literal => new SchemaValue(literal.ToString(System.Globalization.CultureInfo.InvariantCulture), null, At(literal)),
            JObject obj => Node(obj, depth + 1) is { } node ? new SchemaValue(null, node, node.Location) : null,
            JValue { Type: JTokenType.Null } => null,
            JValue value => new SchemaValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture), null, At(value)),
            _ => null,
        };

        private Location At(JToken token) => locator.At(token);
    }
}
