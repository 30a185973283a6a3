using ListingLint.Engine.Authoring;
using ListingLint.Model;

namespace ListingLint.Rules.Consistency;

/// <summary>Turns a listing's landing page (loaded by the reader) and its page sources into facts the LL7xxx rules match.</summary>
public sealed class LandingPageProvider : IFactProvider
{
    public IReadOnlyCollection<Type> FactTypes { get; } = [typeof(LandingPageFact), typeof(PageSourcesFact), typeof(LandingPageFailure)];

    public IEnumerable<object> GetFacts(Listing listing)
    {
        if (listing.LandingPage is { } landing)
        {
            if (landing.Listing is { } page)
            {
                yield return new LandingPageFact(listing, page, landing.Location);
                yield return new PageSourcesFact(page, landing.Location);
            }
            else
            {
                yield return new LandingPageFailure(listing, landing.Path, landing.Problem ?? "the page could not be read", landing.Location);
            }
        }
        if (listing.Observations.Count > 0 || listing.Notes.Count > 0)
            yield return new PageSourcesFact(listing, null);
    }
}
