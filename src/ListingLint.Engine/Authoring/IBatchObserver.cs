using ListingLint.Model;

namespace ListingLint.Engine.Authoring;

/// <summary>
/// A fact provider that must see the whole batch before any listing is audited (a similarity index over all
/// images, duplicate detection across listings). Every listing is passed to <see cref="Observe"/> (from several
/// threads at once), then <see cref="Complete"/> runs once, then the audit pass calls
/// <see cref="IFactProvider.GetFacts"/> as usual.
/// </summary>
public interface IBatchObserver : IFactProvider
{
    /// <summary>
    /// Takes <paramref name="listing"/> into the batch-wide view. Returns false when the listing adds nothing to it
    /// (no facts of any other listing can depend on it): while every listing so far returned false, the auditor
    /// streams in one pass and reads the input only once.
    /// </summary>
    bool Observe(Listing listing);

    void Complete();
}
