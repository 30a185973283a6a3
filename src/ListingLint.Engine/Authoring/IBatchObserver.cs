using ListingLint.Model;

namespace ListingLint.Engine.Authoring;

/// <summary>
/// A fact provider that must see the whole batch before any listing is audited (a similarity index over all
/// images, duplicate detection across listings). When one is present, the batch is read twice: first every
/// listing is passed to <see cref="Observe"/> (from several threads at once), then <see cref="Complete"/> runs
/// once, then the audit pass calls <see cref="IFactProvider.GetFacts"/> as usual.
/// </summary>
public interface IBatchObserver : IFactProvider
{
    void Observe(Listing listing);

    void Complete();
}
