using ListingLint.Diagnostics;

namespace ListingLint.Reporting.Formats;

/// <summary>Human-readable output grouped by listing, in the manner of ESLint's "stylish"; ANSI colours only on a terminal.</summary>
public sealed class StylishFormat(TextWriter writer, bool color) : IReportFormat
{
    private const string Reset = "\u001b[0m", Bold = "\u001b[1m", Dim = "\u001b[2m", Red = "\u001b[31m", Yellow = "\u001b[33m", Blue = "\u001b[34m", Underline = "\u001b[4m";

    public void Begin(RunInfo run) { }

    public void Write(ListingReport report)
    {
        var shown = report.Diagnostics.Where(d => !d.IsSuppressed && d.Severity > Severity.Hidden).ToArray();
        if (shown.Length == 0)
            return;
        var title = report.Listing?.Title is { Length: > 0 } t ? $"  {Paint(Dim, Quote(t))}" : "";
        writer.WriteLine($"{Paint(Underline, report.File)}  {Paint(Bold, report.ListingId)}{title}");
        var positionWidth = shown.Max(d => Position(d).Length);
        foreach (var d in shown)
        {
            var severity = d.Severity.ToName();
            writer.WriteLine($"  {Paint(Dim, Position(d).PadRight(positionWidth))}  {Paint(SeverityColor(d.Severity), severity.PadRight(7))}  {d.Message}  {Paint(Dim, d.Id)}");
            var detail = d.Location.Pointer.Length > 0 ? $"at {d.Location.Pointer}" : "";
            if (!d.Evidence.IsEmpty)
                detail += (detail.Length > 0 ? "  " : "") + d.Evidence;
            if (detail.Length > 0)
                writer.WriteLine($"  {new string(' ', positionWidth)}           {Paint(Dim, detail)}");
        }
        writer.WriteLine();
    }

    public void End(AuditSummary summary)
    {
        var mark = summary.Count(Severity.Error) > 0 ? Paint(Red + Bold, "✖") : summary.Problems > 0 ? Paint(Yellow + Bold, "⚠") : Paint(Bold, "✔");
        writer.WriteLine($"{mark} {summary.Describe()}");
    }

    private static string Position(Diagnostic d) => d.Location.HasPosition ? $"{d.Location.Line}:{d.Location.Column}" : "-";

    private static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Error => Red,
        Severity.Warning => Yellow,
        _ => Blue,
    };

    private static string Quote(string title) => "\"" + (title.Length > 70 ? title[..67] + "..." : title) + "\"";

    private string Paint(string code, string text) => color ? code + text + Reset : text;
}
