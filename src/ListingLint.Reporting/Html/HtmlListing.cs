using ListingLint.Diagnostics;
using ListingLint.Reporting.Grading;

namespace ListingLint.Reporting.Html;

/// <summary>What the html report keeps of one listing: enough to draw its card, without the listing's full model.</summary>
internal sealed record HtmlListing(
    int Ordinal,
    string Id,
    string File,
    string? Title,
    bool Loaded,
    string? Price,
    decimal? PriceAmount,
    string? ProductCategory,
    ListingAssessment Assessment,
    string? MainImage,
    IReadOnlyList<HtmlFinding> Findings)
{
    public static HtmlListing From(ListingReport report, ImageLookup images)
    {
        var listing = report.Listing;
        var main = listing?.Images.FirstOrDefault(i => i.IsMain) ?? listing?.Images.FirstOrDefault();
        var findings = report.Diagnostics
            .Select(d => new HtmlFinding(d, images.ForPointer(listing, d.Location.Pointer), images.ForEvidence(listing, report.File, d.Evidence)))
            .ToArray();
        return new HtmlListing(
            report.Ordinal,
            report.ListingId,
            report.File,
            listing?.Title,
            report.Loaded,
            listing?.Price?.ToString(),
            listing?.Price?.Amount,
            listing?.Category.FirstOrDefault(),
            ListingAssessment.Of(report),
            images.Local(main),
            findings);
    }

    public IEnumerable<string> ImagePaths =>
        Findings.SelectMany(f => f.EvidenceImages.Values.Append(f.Image ?? ""))
            .Prepend(MainImage ?? "")
            .Where(p => p.Length > 0);
}

/// <summary>A finding with the local image its location points at (<c>/images/N</c>) and the images its evidence names, by evidence key.</summary>
internal sealed record HtmlFinding(Diagnostic Diagnostic, string? Image, IReadOnlyDictionary<string, string> EvidenceImages);
