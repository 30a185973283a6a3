using ListingLint.Diagnostics;

namespace ListingLint.Model;

/// <summary>Either a listing or the LL0002 diagnostic that says why it could not be loaded.</summary>
public sealed class LoadResult
{
    private LoadResult(Listing? listing, Diagnostic? error)
    {
        Listing = listing;
        Error = error;
    }

    public Listing? Listing { get; }
    public Diagnostic? Error { get; }

    public static LoadResult Loaded(Listing listing) => new(listing, null);

    public static LoadResult Failed(Diagnostic error) => new(null, error);

    public static LoadResult Failed(string listingId, Location location, string message) => Failed(new Diagnostic
    {
        Descriptor = EngineDescriptors.ListingUnreadable,
        Severity = EngineDescriptors.ListingUnreadable.DefaultSeverity,
        Message = message,
        ListingId = listingId,
        Location = location,
    });
}
