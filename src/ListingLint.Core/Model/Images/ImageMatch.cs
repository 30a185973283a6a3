namespace ListingLint.Model.Images;

/// <summary>An image of a listing is perceptually the same picture as another image (possibly mirrored).</summary>
public sealed record ImageMatch
{
    public required string ListingId { get; init; }
    public required int ImageIndex { get; init; }
    public required string Src { get; init; }
    public required Location Location { get; init; }
    public required ImageMatchScope Scope { get; init; }

    /// <summary>The other listing's id (null for the reference catalog).</summary>
    public string? OtherListingId { get; init; }
    public int? OtherImageIndex { get; init; }

    /// <summary>The other image's <c>src</c>, or its path for a reference image.</summary>
    public required string OtherSrc { get; init; }

    /// <summary>Seller/store of this listing and of the other one, when the listings say (<c>seller</c>, <c>store</c>…).</summary>
    public string? Seller { get; init; }
    public string? OtherSeller { get; init; }

    /// <summary>Hamming distance of the pHashes (0–64); with <see cref="Mirrored"/>, against the mirror image.</summary>
    public required int Distance { get; init; }
    public required int DHashDistance { get; init; }
    public bool Mirrored { get; init; }

    /// <summary>Both files have the same bytes.</summary>
    public bool Identical { get; init; }
}
