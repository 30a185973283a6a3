using ListingLint.Diagnostics;
using ListingLint.Model;

namespace ListingLint.Reporting.Tests;

/// <summary>Listings and findings built in memory, shaped like the engine's output.</summary>
internal static class TestReports
{
    public static readonly DiagnosticDescriptor Placeholder = new(
        id: "LL1001", title: "Attribute value is a placeholder", messageFormat: "{0}", category: Categories.Attributes,
        defaultSeverity: Severity.Warning, prevents: DisputeKind.NotAsDescribed);

    public static readonly DiagnosticDescriptor EditedPhoto = new(
        id: "LL4001", title: "Photo edited in an image editor", messageFormat: "{0}", category: Categories.Images,
        defaultSeverity: Severity.Warning, prevents: DisputeKind.NotAsDescribed);

    public static readonly DiagnosticDescriptor CopiedPhoto = new(
        id: "LL4002", title: "Photo matches a reference image", messageFormat: "{0}", category: Categories.Images,
        defaultSeverity: Severity.Error, prevents: DisputeKind.IntellectualProperty);

    public static readonly DiagnosticDescriptor Unauthorized = new(
        id: "LL3001", title: "Brand sold without authorization", messageFormat: "{0}", category: Categories.Brand,
        defaultSeverity: Severity.Error, prevents: DisputeKind.IntellectualProperty);

    public static readonly DiagnosticDescriptor Handling = new(
        id: "LL6001", title: "Handling time exceeds the promise", messageFormat: "{0}", category: Categories.Shipping,
        defaultSeverity: Severity.Info, prevents: DisputeKind.Delivery);

    public static Listing Listing(string id, string? title = "Wireless Earbuds Bluetooth 5.3 ENC Noise Cancelling", string file = "listings.json",
        IReadOnlyList<ImageRef>? images = null, string? category = "Consumer Electronics", Price? price = null) => new()
    {
        Id = id,
        Title = title,
        Category = category is null ? [] : [category, "Earphones & Headphones"],
        Price = price ?? new Price(16.80m, "USD"),
        Images = images ?? [],
        Source = new SourceMap(file),
    };

    public static ImageRef Image(int index, string src, string? resolved, string? role = null) =>
        new() { Index = index, Src = src, ResolvedPath = resolved, Role = role, Location = new Location("listings.json", $"/images/{index}", 3, 5) };

    public static Diagnostic Finding(DiagnosticDescriptor descriptor, string listingId, string pointer = "/attributes/Color",
        Severity? severity = null, string? message = null, Evidence? evidence = null,
        SuppressionKind suppression = SuppressionKind.None, string? justification = null) => new()
    {
        Descriptor = descriptor,
        Severity = severity ?? descriptor.DefaultSeverity,
        Message = message ?? $"{descriptor.Title} at {pointer}",
        ListingId = listingId,
        Location = new Location("listings.json", pointer, 7, 12),
        Evidence = evidence ?? Evidence.Of(("name", "Color"), ("value", "as picture")),
        Suppression = suppression,
        Justification = justification,
    };

    public static ListingReport Report(int ordinal, Listing listing, params Diagnostic[] diagnostics) =>
        new(ordinal, listing.Id, listing.Source.File, listing, diagnostics);

    public static ListingReport Unreadable(int ordinal, string id) =>
        new(ordinal, id, "feed.ndjson", null,
            [new Diagnostic { Descriptor = EngineDescriptors.ListingUnreadable, Severity = Severity.Error, Message = "not valid JSON", ListingId = id, Location = new Location("feed.ndjson", "", 4, 1) }]);

    public static RunInfo Run(string? workingDirectory = null) => new(
        "0.1.0",
        [Placeholder, EditedPhoto, CopiedPhoto, Unauthorized, Handling, .. EngineDescriptors.All],
        new Dictionary<string, Severity> { ["LL1001"] = Severity.Warning },
        workingDirectory ?? Path.GetTempPath(),
        new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));

    /// <summary>Runs a format over <paramref name="reports"/> the way the CLI does and returns what it wrote.</summary>
    public static string Render(Func<TextWriter, IReportFormat> create, IEnumerable<ListingReport> reports, string? workingDirectory = null)
    {
        using var writer = new StringWriter();
        var format = create(writer);
        var summary = new AuditSummary();
        format.Begin(Run(workingDirectory));
        foreach (var report in reports)
        {
            summary.Add(report);
            format.Write(report);
        }
        format.End(summary);
        return writer.ToString();
    }
}
