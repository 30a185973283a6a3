using ListingLint.Diagnostics;
using ListingLint.Model;

namespace ListingLint.Reporting.Tests;

/// <summary>Reports with located findings (file, line, column) for the summary and stylish tests; see <see cref="TestReports"/> for listings with images.</summary>
public static class Reports
{
    public static DiagnosticDescriptor Placeholder => TestReports.Placeholder;

    public static Diagnostic Finding(string listingId, Severity severity, string message, SuppressionKind suppression = SuppressionKind.None) => new()
    {
        Descriptor = Placeholder,
        Severity = severity,
        Message = message,
        ListingId = listingId,
        Location = new Location("shop/listings.json", "/attributes/Color", 4, 12),
        Evidence = Evidence.Of(("name", "Color"), ("value", "as picture")),
        Suppression = suppression,
        Justification = suppression == SuppressionKind.InSource ? "accepted" : null,
    };

    public static ListingReport Report(int ordinal, string listingId, params Diagnostic[] diagnostics) =>
        new(ordinal, listingId, "shop/listings.json", TestReports.Listing(listingId, title: null, file: "shop/listings.json"), diagnostics);

    public static RunInfo Run() => new("1.2.3", [Placeholder], new Dictionary<string, Severity> { ["LL1001"] = Severity.Warning }, "/work", DateTimeOffset.UnixEpoch);
}
