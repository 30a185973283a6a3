using ListingLint.Diagnostics;
using ListingLint.Reporting.Html;

namespace ListingLint.Reporting.Formats;

/// <summary>
/// One self-contained HTML file for reviewing flagged listings: a static summary, then cards drawn by an embedded
/// script as the reader scrolls, with filters. Styles, script and thumbnails (data URIs) are inside the file and a
/// content security policy forbids the page any network access. The page needs every listing before it can sort
/// them worst first, so it keeps a compact copy of each listing until <see cref="End"/>.
/// </summary>
public sealed class HtmlFormat(TextWriter writer, Thumbnails? thumbnails = null) : IReportFormat
{
    private readonly List<HtmlListing> _listings = [];
    private readonly ReportTally _tally = new();
    private readonly Thumbnails _thumbnails = thumbnails ?? new Thumbnails();
    private RunInfo? _run;
    private ImageLookup? _images;

    public void Begin(RunInfo run)
    {
        _run = run;
        _images = new ImageLookup(run.WorkingDirectory);
    }

    public void Write(ListingReport report)
    {
        var listing = HtmlListing.From(report, _images ?? throw new InvalidOperationException("Begin was not called"));
        _tally.Add(report, listing.Assessment);
        _listings.Add(listing);
    }

    public void End(AuditSummary summary)
    {
        var run = _run ?? throw new InvalidOperationException("Begin was not called");
        var thumbnails = _thumbnails.Make(_listings.SelectMany(l => l.ImagePaths));
        var worstFirst = _listings
            .OrderBy(l => l.Assessment.Score)
            .ThenByDescending(l => l.Assessment.RiskPercent)
            .ThenBy(l => l.Ordinal)
            .ToArray();
        HtmlPage.Write(writer,
            w => HtmlSummary.Write(w, run, summary, _tally, worstFirst),
            w => HtmlReportData.Write(w, run, worstFirst, thumbnails));
        writer.Flush();
    }
}
