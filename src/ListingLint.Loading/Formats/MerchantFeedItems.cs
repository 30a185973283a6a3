using System.Xml;
using System.Xml.Linq;
using ListingLint.Model;

namespace ListingLint.Loading.Formats;

/// <summary>Reads the items of a Google Merchant Center product feed (RSS/Atom XML with the <c>g:</c> namespace, or TSV with a header row) as attribute maps with locations.</summary>
internal static class MerchantFeedItems
{
    public const string GoogleNamespace = "http://base.google.com/ns/1.0";

    public sealed record Item(Dictionary<string, (string Value, Location Location)> Fields, Location Location)
    {
        public string? this[string name] => Fields.TryGetValue(name, out var v) && v.Value.Length > 0 ? v.Value : null;
        public Location At(string name) => Fields.TryGetValue(name, out var v) ? v.Location : Location;
    }

    public static IReadOnlyList<Item> FromXml(Stream stream, string file)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(stream, settings);
        var document = XDocument.Load(reader, System.Xml.Linq.LoadOptions.SetLineInfo);
        var items = document.Descendants().Where(e => e.Name.LocalName is "item" or "entry");
        return items.Select(item =>
        {
            var fields = new Dictionary<string, (string, Location)>(StringComparer.OrdinalIgnoreCase);
            foreach (var child in item.Elements())
            {
                var name = child.Name.LocalName;
                if (child.Name.LocalName == "link" && child.Attribute("href") is { } href)
                    fields.TryAdd(name, (href.Value.Trim(), At(file, child)));
                else
                    fields.TryAdd(name, (child.Value.Trim(), At(file, child)));
            }
            return new Item(fields, At(file, item));
        }).ToArray();
    }

    public static IReadOnlyList<Item> FromTsv(TextReader reader, string file)
    {
        var header = reader.ReadLine()?.Split('\t').Select(h => h.Trim().Trim('"').Replace("g:", "")).ToArray() ?? [];
        var items = new List<Item>();
        var lineNumber = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Trim().Length == 0)
                continue;
            var cells = line.Split('\t');
            var fields = new Dictionary<string, (string, Location)>(StringComparer.OrdinalIgnoreCase);
            var column = 1;
            for (var i = 0; i < cells.Length && i < header.Length; i++)
            {
                fields.TryAdd(header[i], (cells[i].Trim().Trim('"'), new Location(file, "", lineNumber, column)));
                column += cells[i].Length + 1;
            }
            items.Add(new Item(fields, new Location(file, "", lineNumber, 1)));
        }
        return items;
    }

    private static Location At(string file, XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? new Location(file, "", info.LineNumber, info.LinePosition) : new Location(file, "", 0, 0);
}
