using ListingLint.Model;
using ListingLint.Rules.Shared;

namespace ListingLint.Rules.Attributes;

/// <summary>An attribute a category needs, under its usual name or one of its aliases.</summary>
public sealed record RequiredAttribute(string Name, IReadOnlyList<string> Aliases)
{
    private readonly HashSet<string> _normalized = Aliases.Prepend(Name).Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
    private readonly bool _isBrand = Aliases.Prepend(Name).Select(TextNormalizer.Normalize).Contains("brand");

    public IEnumerable<string> Names => Aliases.Prepend(Name);

    /// <summary>Present when one of <paramref name="names"/> (normalised attribute and option names) is one of ours; "Brand" also by the brand field.</summary>
    public bool IsPresentIn(Listing listing, IReadOnlySet<string> names) =>
        _isBrand && !string.IsNullOrWhiteSpace(listing.Brand) || _normalized.Overlaps(names);
}

/// <summary>What listings in a category must state (LL1005).</summary>
public sealed record CategoryProfile(string Name, IReadOnlyList<string> Match, IReadOnlyList<RequiredAttribute> Required)
{
    private readonly HashSet<string> _match = Match.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when one of <paramref name="segments"/> (the normalised category path) equals one of <see cref="Match"/>.</summary>
    public bool Applies(IReadOnlySet<string> segments) => _match.Overlaps(segments);
}
