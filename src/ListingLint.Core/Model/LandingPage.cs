namespace ListingLint.Model;

/// <summary>A listing's landing page: the listing read from it, or the problem that kept it from being read. <see cref="Location"/> is the listing's <c>page</c> field.</summary>
public sealed record LandingPage(string Path, Listing? Listing, string? Problem, Location Location);
