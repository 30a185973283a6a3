using System.Globalization;
using System.Net;
using ListingLint.Diagnostics;
using ListingLint.Reporting.Grading;

namespace ListingLint.Reporting.Html;

/// <summary>The summary at the top of the html report, written as static HTML so it reads without the script.</summary>
internal static class HtmlSummary
{
    public const int WorstShown = 10;

    public static void Write(TextWriter w, RunInfo run, AuditSummary summary, ReportTally tally, IReadOnlyList<HtmlListing> worstFirst)
    {
        w.Write($"<header class=\"top\"><h1>ListingLint report</h1><p class=\"run\">ListingLint {E(run.ToolVersion)} · " +
                $"{E(run.StartedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))} · {run.EffectiveSeverities.Count} rules in force · " +
                $"{summary.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s</p></header>\n");
        w.Write("<section class=\"summary\" aria-label=\"Summary\">\n<div class=\"tiles\">");
        Tile(w, summary.Listings, "listings audited", "");
        Tile(w, summary.Flagged, "flagged", "flagged");
        Tile(w, summary.Count(Severity.Error), "errors", "sev-error");
        Tile(w, summary.Count(Severity.Warning), "warnings", "sev-warning");
        Tile(w, summary.Count(Severity.Info), "info", "sev-info");
        Tile(w, summary.Suppressed, "suppressed", "accepted");
        Tile(w, summary.Baselined, "baselined", "accepted");
        if (summary.Unreadable > 0)
            Tile(w, summary.Unreadable, "could not be loaded", "sev-error");
        w.Write("</div>\n<div class=\"grades\" role=\"group\" aria-label=\"Listings by quality grade (click to filter)\">");
        foreach (var grade in QualityGrade.Grades)
            w.Write($"<button type=\"button\" class=\"grade-btn grade-{grade}\" data-grade=\"{grade}\" title=\"Show only grade {grade}\"><b>{grade}</b> <span>{tally.Graded(grade)}</span></button>");
        w.Write("</div>\n<div class=\"tables\">\n");
        WriteRules(w, tally);
        WriteKinds(w, tally);
        WriteWorst(w, worstFirst);
        w.Write("</div>\n</section>\n");
    }

    private static void WriteRules(TextWriter w, ReportTally tally) =>
        Table(w, "by-rule", "Open findings by rule",
            "<th scope=\"col\">Rule</th><th scope=\"col\">Title</th><th scope=\"col\">Category</th><th scope=\"col\">Prevents</th>" +
            "<th scope=\"col\" class=\"num\">Findings</th><th scope=\"col\" class=\"num\">Listings</th>", 6, "No open findings.",
            tally.ByRule.Select(r =>
                $"<tr class=\"sev-{r.Worst.ToName()}\"><td><button type=\"button\" class=\"link\" data-rule=\"{E(r.Descriptor.Id)}\" title=\"Show only {E(r.Descriptor.Id)}\">{E(r.Descriptor.Id)}</button></td>" +
                $"<td>{E(r.Descriptor.Title)}</td><td>{E(r.Descriptor.Category)}</td><td>{E(KindName(r.Descriptor.Prevents))}</td><td class=\"num\">{r.Findings}</td><td class=\"num\">{r.Listings}</td></tr>"));

    private static void WriteKinds(TextWriter w, ReportTally tally) =>
        Table(w, "by-kind", "Open findings by dispute kind",
            "<th scope=\"col\">Dispute it prevents</th><th scope=\"col\" class=\"num\">Weight</th><th scope=\"col\" class=\"num\">Findings</th><th scope=\"col\" class=\"num\">Listings</th>",
            4, "No open findings.",
            tally.ByKind.Select(k =>
                $"<tr><td>{E(KindName(k.Kind))}</td><td class=\"num\">{DisputeRisk.Weight(k.Kind).ToString("0.0", CultureInfo.InvariantCulture)}</td>" +
                $"<td class=\"num\">{k.Findings}</td><td class=\"num\">{k.Listings}</td></tr>"));

    private static void WriteWorst(TextWriter w, IReadOnlyList<HtmlListing> worstFirst) =>
        Table(w, "worst", "Worst listings",
            "<th scope=\"col\">Grade</th><th scope=\"col\" class=\"num\">Risk</th><th scope=\"col\">Listing</th><th scope=\"col\">Title</th>", 4, "Every listing is clean.",
            worstFirst.Where(l => l.Assessment.Score < 100).Take(WorstShown).Select(l =>
                $"<tr><td><span class=\"grade grade-{l.Assessment.Grade}\">{l.Assessment.Grade}</span></td><td class=\"num\">{l.Assessment.RiskPercent}%</td>" +
                $"<td><button type=\"button\" class=\"link\" data-q=\"{E(l.Id)}\" title=\"Show this listing\">{E(l.Id)}</button></td><td>{E(l.Title ?? "")}</td></tr>"));

    private static void Table(TextWriter w, string css, string caption, string header, int columns, string empty, IEnumerable<string> rows)
    {
        w.Write($"<table class=\"{css}\"><caption>{caption}</caption><thead><tr>{header}</tr></thead><tbody>");
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            w.Write(row);
        }
        if (!any)
            w.Write($"<tr><td colspan=\"{columns}\">{empty}</td></tr>");
        w.Write("</tbody></table>\n");
    }

    private static void Tile(TextWriter w, int value, string label, string css) =>
        w.Write($"<div class=\"tile {css}\"><span class=\"n\">{value.ToString("N0", CultureInfo.InvariantCulture)}</span><span class=\"l\">{label}</span></div>");

    public static string KindName(DisputeKind kind) => kind switch
    {
        DisputeKind.NotAsDescribed => "Not as described",
        DisputeKind.IntellectualProperty => "Intellectual property",
        DisputeKind.ListingPolicy => "Listing policy",
        DisputeKind.Delivery => "Delivery",
        DisputeKind.InputError => "Input error",
        _ => "None",
    };

    public static string E(string text) => WebUtility.HtmlEncode(text);
}
