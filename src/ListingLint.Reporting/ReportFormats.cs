using ListingLint.Reporting.Formats;

namespace ListingLint.Reporting;

/// <summary>The output formats by name, for <c>--format</c>.</summary>
public static class ReportFormats
{
    public static IReadOnlyList<string> Names { get; } = ["stylish", "json", "sarif"];

    public static IReportFormat Create(string name, TextWriter writer, bool color) => name switch
    {
        "stylish" => new StylishFormat(writer, color),
        "json" => new JsonFormat(writer),
        "sarif" => new SarifFormat(writer),
        _ => throw new ArgumentException($"unknown format '{name}' (known: {string.Join(", ", Names)})", nameof(name)),
    };
}
