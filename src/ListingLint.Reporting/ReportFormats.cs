using ListingLint.Reporting.Formats;

namespace ListingLint.Reporting;

/// <summary>The output formats by name, for <c>--format</c>.</summary>
public static class ReportFormats
{
    public static IReadOnlyList<string> Names { get; } = ["stylish", "json", "sarif", "html", "markdown", "junit"];

    /// <param name="maxImagePixels">The largest image (width × height) the HTML report decodes for a thumbnail (<c>images.maxPixels</c>).</param>
    public static IReportFormat Create(string name, TextWriter writer, bool color, long maxImagePixels = Html.Thumbnails.DefaultMaxPixels) => name switch
    {
        "stylish" => new StylishFormat(writer, color),
        "json" => new JsonFormat(writer),
        "sarif" => new SarifFormat(writer),
        "html" => new HtmlFormat(writer, new Html.Thumbnails(maxImagePixels)),
        "markdown" => new MarkdownFormat(writer),
        "junit" => new JunitFormat(writer),
        _ => throw new ArgumentException($"unknown format '{name}' (known: {string.Join(", ", Names)})", nameof(name)),
    };
}
