using ListingLint.Model;
using ListingLint.Rules.Shared;

namespace ListingLint.Rules.Attributes;

/// <summary>An attribute a category needs, under its usual name or one of its aliases.</summary>
public sealed record RequiredAttribute(string Name, IReadOnlyList<string> Aliases)
{
    public IEnumerable<string> Names => Aliases.Prepend(Name);

    /// <summary>Present as an attribute or a variant option; "Brand" is also satisfied by the listing's brand field.</summary>
    public bool IsPresentIn(Listing listing)
    {
        var names = Names.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        if (names.Contains("brand") && !string.IsNullOrWhiteSpace(listing.Brand))
            return true;
        return listing.Attributes.Any(a => names.Contains(TextNormalizer.Normalize(a.Name)))
               || listing.Variants.Any(v => v.Options.Any(o => names.Contains(TextNormalizer.Normalize(o.Name))));
    }
}

/// <summary>What listings in a category must state (LL1005).</summary>
public sealed record CategoryProfile(string Name, IReadOnlyList<string> Match, IReadOnlyList<RequiredAttribute> Required)
{
    /// <summary>True when one segment of the category path equals one of <see cref="Match"/>, ignoring case and punctuation.</summary>
    public bool Applies(Listing listing)
    {
        var segments = listing.Category.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        return Match.Any(m => segments.Contains(TextNormalizer.Normalize(m)));
    }
}
