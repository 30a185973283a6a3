namespace ListingLint.Rules.Consistency;

/// <summary>Feed and page name different currencies (both must name one).</summary>
public static class CurrencyCheck
{
    public static bool Differs(LandingPageFact fact) =>
        fact.Feed.Price?.Currency is { } feed && fact.Page.Price?.Currency is { } page && !string.Equals(feed, page, StringComparison.OrdinalIgnoreCase);
}
