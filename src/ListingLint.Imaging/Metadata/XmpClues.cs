using System.Xml;
using System.Xml.Linq;

namespace ListingLint.Imaging.Metadata;

/// <summary>The provenance-related values of an XMP packet, in element or attribute form.</summary>
internal sealed record XmpClues(string? CreatorTool, IReadOnlyList<(string Agent, string? Action)> History, string? PhotoshopHistory, string? DigitalSourceType)
{
    public static readonly XmpClues None = new(null, [], null, null);

    public static XmpClues Parse(byte[]? packet)
    {
        if (packet is null || packet.Length == 0)
            return None;
        // Writers pad packets and some end them with a NUL; anything after the last '>' is not XML.
        var end = Array.LastIndexOf(packet, (byte)'>');
        if (end < 0)
            return None;
        XDocument document;
        try
        {
            // No DTDs and no external resolution: an XMP packet is untrusted input.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 4_000_000 };
            using var reader = XmlReader.Create(new MemoryStream(packet, 0, end + 1), settings);
            document = XDocument.Load(reader);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or ArgumentException)
        {
            return None;
        }
        var all = document.Descendants().ToArray();
        var history = all.Where(e => e.Name.LocalName == "li")
            .Select(li => (Agent: Value(li, "softwareAgent"), Action: Value(li, "action")))
            .Where(h => h.Agent is not null)
            .Select(h => (h.Agent!, h.Action))
            .ToArray();
        return new XmpClues(
            Find(all, "CreatorTool"),
            history,
            all.Where(e => e.Name.LocalName == "History" && e.Name.NamespaceName.Contains("photoshop", StringComparison.OrdinalIgnoreCase))
                .Select(e => e.Value.Trim()).FirstOrDefault(v => v.Length > 0),
            Find(all, "DigitalSourceType"));
    }

    private static string? Find(IEnumerable<XElement> elements, string localName)
    {
        foreach (var element in elements)
        {
            var value = element.Name.LocalName == localName ? Text(element) : element.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value;
            if (!string.IsNullOrWhiteSpace(value))
                return value.Trim();
        }
        return null;
    }

    private static string? Value(XElement item, string localName)
    {
        var attribute = item.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value;
        if (!string.IsNullOrWhiteSpace(attribute))
            return attribute.Trim();
        var child = item.Elements().FirstOrDefault(e => e.Name.LocalName == localName);
        return child is null ? null : Text(child);
    }

    // A value is element text, or an rdf:resource attribute (DigitalSourceType is often written that way), or an rdf:Alt/Seq item.
    private static string? Text(XElement element)
    {
        var resource = element.Attributes().FirstOrDefault(a => a.Name.LocalName == "resource")?.Value;
        if (!string.IsNullOrWhiteSpace(resource))
            return resource.Trim();
        var text = element.HasElements ? element.Descendants().FirstOrDefault(e => !e.HasElements)?.Value : element.Value;
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
