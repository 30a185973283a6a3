using ListingLint.Model;

namespace ListingLint.Rules.Brand;

/// <summary>Where a brand was named.</summary>
public enum MentionSource
{
    Title,
    Description,
    BrandField,
}

/// <summary>How the listing uses a brand name.</summary>
public enum MentionRole
{
    /// <summary>Names the product's brand ("Nike Air Max 90 Running Shoes").</summary>
    AsBrand,
    /// <summary>Names what the item fits ("Case for iPhone 15"): not a use of the trademark as the product's brand.</summary>
    Compatibility,
    /// <summary>Borrows the brand for a look-alike ("Nike Air Max style", "inspired by Chanel").</summary>
    StyleReference,
    /// <summary>Names the brand next to copy wording ("1:1 replica Rolex", "AAA quality").</summary>
    Counterfeit,
    /// <summary>A competitor of the title's brand named as a search keyword ("Nike Running Shoes Adidas").</summary>
    Keyword,
    /// <summary>A name the registry does not know, in capitals as the title's first word ("TREKVANA 2 Person Tent"); see <see cref="TitleLeadBrand"/>.</summary>
    UnregisteredBrand,
}

/// <summary>A registry brand named in a listing, with the role the words around it give it.</summary>
/// <param name="Brand">The registry's name for the brand.</param>
/// <param name="Matched">The words as written.</param>
/// <param name="Cue">The words that set the role ("for", "style", "1:1"), when any.</param>
public sealed record BrandMention(string Brand, string Matched, MentionSource Where, MentionRole Role, string? Cue, Location Location)
{
    /// <summary>The listing presents the item as this brand's product (genuine or not).</summary>
    public bool ClaimsProduct => Role is MentionRole.AsBrand or MentionRole.Counterfeit;

    public bool IsMisuse => Role is MentionRole.StyleReference or MentionRole.Counterfeit or MentionRole.Keyword;

    public string Field => Where switch
    {
        MentionSource.Title => "title",
        MentionSource.Description => "description",
        _ => "brand field",
    };
}
