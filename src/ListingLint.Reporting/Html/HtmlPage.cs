using System.Reflection;

namespace ListingLint.Reporting.Html;

/// <summary>Assembles the page from its embedded template, stylesheet and script, streaming the summary and data into it.</summary>
internal static class HtmlPage
{
    private static readonly Lazy<string> Template = new(() => Resource("report.html"));
    private static readonly Lazy<string> Style = new(() => Resource("report.css"));
    private static readonly Lazy<string> Script = new(() => Resource("report.js"));

    public static void Write(TextWriter writer, Action<TextWriter> summary, Action<TextWriter> data)
    {
        var rest = Template.Value;
        while (rest.Length > 0)
        {
            var start = rest.IndexOf("{{", StringComparison.Ordinal);
            if (start < 0)
            {
                writer.Write(rest);
                break;
            }
            writer.Write(rest.AsSpan(0, start));
            var end = rest.IndexOf("}}", start, StringComparison.Ordinal);
            switch (rest[(start + 2)..end])
            {
                case "style": writer.Write(Style.Value); break;
                case "script": writer.Write(Script.Value); break;
                case "summary": summary(writer); break;
                case "data": data(writer); break;
                default: throw new InvalidOperationException($"unknown placeholder in report.html: {rest[start..(end + 2)]}");
            }
            rest = rest[(end + 2)..];
        }
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ListingLint.Reporting.Html." + name)
                           ?? throw new InvalidOperationException($"missing embedded resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
