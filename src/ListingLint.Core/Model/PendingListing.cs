namespace ListingLint.Model;

/// <summary>
/// One unit of input read in order but not yet parsed or mapped: <see cref="Load"/> does that work, so that
/// the batch can run it in parallel while the reader streams on.
/// </summary>
public sealed record PendingListing(string File, Func<IReadOnlyList<LoadResult>> Load);
