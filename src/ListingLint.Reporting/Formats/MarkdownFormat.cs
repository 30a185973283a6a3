using System.Globalization;
using ListingLint.Diagnostics;
using ListingLint.Reporting.Grading;
using ListingLint.Reporting.Html;

namespace ListingLint.Reporting.Formats;

/// <summary>
/// A GitHub-flavoured Markdown summary for a pull request or a CI job summary: counts, grades, findings by rule
/// and the worst flagged listings. Tables are capped so the summary stays far below the 1 MiB a job summary allows.
/// </summary>
public sealed class MarkdownFormat(TextWriter writer, int maxListings = MarkdownFormat.DefaultMaxListings) : IReportFormat
{
    public const int DefaultMaxListings = 50;
    private const int FindingsPerListing = 3;

    private readonly ReportTally _tally = new();
    private readonly List<Row> _flagged = [];

    private sealed record Row(int Ordinal, string Id, string? Title, ListingAssessment Assessment, IReadOnlyList<Diagnostic> Open);

    public void Begin(RunInfo run) { }

    public void Write(ListingReport report)
    {
        var assessment = ListingAssessment.Of(report);
        _tally.Add(report, assessment);
        var open = report.Diagnostics.Where(d => !d.IsSuppressed && d.Severity > Severity.Hidden).OrderByDescending(d => d.Severity).ToArray();
        if (open.Length > 0)
            _flagged.Add(new Row(report.Ordinal, report.ListingId, report.Listing?.Title, assessment, open));
    }

    public void End(AuditSummary summary)
    {
        writer.WriteLine("## ListingLint report");
        writer.WriteLine();
        writer.WriteLine($"**{summary.Listings}** listing{Plural(summary.Listings)} audited · **{summary.Flagged}** flagged · " +
                         $"{summary.Count(Severity.Error)} error{Plural(summary.Count(Severity.Error))} · {summary.Count(Severity.Warning)} warning{Plural(summary.Count(Severity.Warning))} · " +
                         $"{summary.Count(Severity.Info)} info · {summary.Suppressed} suppressed · {summary.Baselined} baselined" +
                         (summary.Unreadable > 0 ? $" · {summary.Unreadable} could not be loaded" : ""));
        writer.WriteLine();
        writer.WriteLine("| Quality grade | A | B | C | D | E |");
        writer.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        writer.WriteLine("| Listings | " + string.Join(" | ", QualityGrade.Grades.Select(g => _tally.Graded(g))) + " |");
        WriteRules();
        WriteListings();
        writer.Flush();
    }

    private void WriteRules()
    {
        var rules = _tally.ByRule.ToArray();
        if (rules.Length == 0)
            return;
        writer.WriteLine();
        writer.WriteLine("### Open findings by rule");
        writer.WriteLine();
        writer.WriteLine("| Rule | Title | Severity | Prevents | Findings | Listings |");
        writer.WriteLine("| --- | --- | --- | --- | ---: | ---: |");
        foreach (var r in rules)
        {
            var id = HtmlReportData.SafeLink(r.Descriptor.HelpUri) is { } help ? $"[{Cell(r.Descriptor.Id)}]({help})" : Cell(r.Descriptor.Id);
            writer.WriteLine($"| {id} | {Cell(r.Descriptor.Title)} | {r.Worst.ToName()} | {HtmlSummary.KindName(r.Descriptor.Prevents)} | {r.Findings} | {r.Listings} |");
        }
    }

    private void WriteListings()
    {
        if (_flagged.Count == 0)
            return;
        writer.WriteLine();
        writer.WriteLine("### Flagged listings, worst first");
        writer.WriteLine();
        writer.WriteLine("| Grade | Dispute risk | Listing | Title | Findings |");
        writer.WriteLine("| :---: | ---: | --- | --- | --- |");
        var worst = _flagged.OrderBy(r => r.Assessment.Score).ThenByDescending(r => r.Assessment.RiskPercent).ThenBy(r => r.Ordinal);
        foreach (var row in worst.Take(maxListings))
        {
            var findings = string.Join("<br>", row.Open.Take(FindingsPerListing).Select(d => $"{d.Severity.ToName()} {Cell(d.Id)}: {Cell(Shorten(d.Message, 120))}"));
            if (row.Open.Count > FindingsPerListing)
                findings += $"<br>… {row.Open.Count - FindingsPerListing} more";
            writer.WriteLine($"| {row.Assessment.Grade} | {row.Assessment.RiskPercent.ToString(CultureInfo.InvariantCulture)}% | {Cell(row.Id)} | {Cell(Shorten(row.Title ?? "", 80))} | {findings} |");
        }
        if (_flagged.Count > maxListings)
        {
            writer.WriteLine();
            writer.WriteLine($"_… and {_flagged.Count - maxListings} more flagged listings; see the html or json report for all of them._");
        }
    }

    /// <summary>Text made safe for one table cell: no line breaks, no raw HTML, and Markdown punctuation escaped.</summary>
    public static string Cell(string text)
    {
        var b = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r' or '\n' or '\t': b.Append(' '); break;
                case '<': b.Append("&lt;"); break;
                case '>': b.Append("&gt;"); break;
                case '&': b.Append("&amp;"); break;
                case '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '#' or '~' or '!': b.Append('\\').Append(c); break;
                default: b.Append(char.IsControl(c) ? ' ' : c); break;
            }
        }
        return b.ToString();
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Plural(int n) => n == 1 ? "" : "s";
}
