using ListingLint.Model;

namespace ListingLint.Loading.Html;

/// <summary>
/// A schema.org item as read from JSON-LD, microdata or RDFa: its types and its properties, each value with the location it was
/// read at. One shape for the three syntaxes, so one mapper turns any of them into a listing.
/// </summary>
internal sealed class SchemaNode(IReadOnlyList<string> types, Location location, string source)
{
    public IReadOnlyList<string> Types { get; } = types;
    public Location Location { get; } = location;
    public string Source { get; } = source;
    public List<(string Name, SchemaValue Value)> Properties { get; } = [];

    /// <summary>True when the node has been seen as a property value of another node (a variant, a related product).</summary>
    public bool IsNested { get; set; }

    public bool Is(params string[] names) => Types.Any(t => names.Contains(t, StringComparer.OrdinalIgnoreCase));

    public void Add(string name, SchemaValue value) => Properties.Add((SchemaNames.Property(name), value));

    public IEnumerable<SchemaValue> All(string name) =>
        Properties.Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Select(p => p.Value);

    public SchemaValue? First(string name) => All(name).FirstOrDefault();

    /// <summary>The first text value of the property, or of a node value's name (a brand as an object).</summary>
    public SchemaValue? Text(string name) =>
        All(name).Select(v => v.Node is { } node ? node.Text("name") ?? node.Text("@value") : v).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v?.Text));

    public IEnumerable<SchemaNode> Nodes(string name) => All(name).Where(v => v.Node is not null).Select(v => v.Node!);
}

/// <summary>A property value: text or a nested item.</summary>
internal sealed record SchemaValue(string? Text, SchemaNode? Node, Location Location);

/// <summary>schema.org names as written in the wild (<c>http://schema.org/Product</c>, <c>schema:price</c>) reduced to the bare name.</summary>
internal static class SchemaNames
{
    public static string Type(string type) => Property(type);

    public static string Property(string name)
    {
        var trimmed = name.Trim().TrimEnd('/');
        var cut = Math.Max(trimmed.LastIndexOf('/'), trimmed.LastIndexOf('#'));
        if (cut >= 0)
            return trimmed[(cut + 1)..];
        return trimmed.StartsWith("schema:", StringComparison.OrdinalIgnoreCase) ? trimmed[7..] : trimmed;
    }
}
