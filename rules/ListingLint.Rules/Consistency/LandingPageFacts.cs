using ListingLint.Model;

namespace ListingLint.Rules.Consistency;

/// <summary>A listing (the feed entry) and the landing page its <c>page</c> field names, loaded.</summary>
public sealed record LandingPageFact(Listing Feed, Listing Page, Location PageField);

/// <summary>A listing's landing page that could not be used, and why.</summary>
public sealed record LandingPageFailure(Listing Feed, string Path, string Problem, Location PageField);

/// <summary>
/// A page whose sources (JSON-LD, microdata, OpenGraph, platform data) can contradict each other: a listing read from HTML, or a
/// feed listing's landing page. Findings go to <see cref="ReportAt"/>: the value itself for a page listing, the <c>page</c> field for a landing page.
/// </summary>
public sealed record PageSourcesFact(Listing Page, Location? ReportAt);
