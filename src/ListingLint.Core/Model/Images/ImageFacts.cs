namespace ListingLint.Model.Images;

/// <summary>
/// What the Imaging stage learned about one image of a listing: format and size, provenance with the field that
/// proves it, perceptual hashes and colours. Plain data, so rules and reports need no imaging library.
/// </summary>
public sealed record ImageFacts
{
    public required string ListingId { get; init; }
    public required int ImageIndex { get; init; }
    public required string Src { get; init; }
    public required Location Location { get; init; }
    public bool IsMain { get; init; }
    public string? ResolvedPath { get; init; }

    /// <summary>SHA-256 of the file bytes (hex); the cache key and the identity of exact copies.</summary>
    public required string ContentHash { get; init; }
    public required string Format { get; init; }
    public required int Width { get; init; }
    public required int Height { get; init; }
    public int LongestSide => Math.Max(Width, Height);

    public ImageProvenance Provenance { get; init; }

    /// <summary>The editing program or generator named by the deciding clue, e.g. "Adobe Photoshop".</summary>
    public string? Tool { get; init; }

    /// <summary>The clue that decided <see cref="Provenance"/>; null for <see cref="ImageProvenance.Unknown"/>.</summary>
    public ProvenanceClue? Evidence { get; init; }

    /// <summary>Every provenance-related value found, deciding or not, for <c>inspect</c>.</summary>
    public IReadOnlyList<ProvenanceClue> Clues { get; init; } = [];
    public string? Make { get; init; }
    public string? Model { get; init; }
    public string? DateTimeOriginal { get; init; }

    /// <summary>Estimated JPEG quality (1–100) from the quantization tables; null for other formats.</summary>
    public int? JpegQuality { get; init; }

    public required ImageHashes Hashes { get; init; }
    public required ColourProfile Colours { get; init; }
}
