using ListingLint.Model.Images;

namespace ListingLint.Imaging.Analysis;

/// <summary>
/// Everything learned from one image file, independent of the listings that use it: the unit that is computed once
/// per run and cached by content hash. <see cref="Failure"/> is set when the file could not be analysed;
/// <see cref="Warning"/> when it was, but something is wrong with it (a truncated JPEG still decodes, grey at the bottom).
/// </summary>
public sealed record ImageAnalysis
{
    public required string ContentHash { get; init; }
    public string Format { get; init; } = "";
    public int Width { get; init; }
    public int Height { get; init; }
    public ImageProvenance Provenance { get; init; }
    public string? Tool { get; init; }
    public ProvenanceClue? Evidence { get; init; }
    public IReadOnlyList<ProvenanceClue> Clues { get; init; } = [];
    public string? Make { get; init; }
    public string? Model { get; init; }
    public string? DateTimeOriginal { get; init; }
    public int? JpegQuality { get; init; }
    public ImageHashes? Hashes { get; init; }
    public ColourProfile? Colours { get; init; }
    public ImageIssue? Failure { get; init; }
    public ImageIssue? Warning { get; init; }

    public bool IsAnalysed => Failure is null && Hashes is not null;

    public static ImageAnalysis Failed(string contentHash, ImageProblemKind kind, string detail) =>
        new() { ContentHash = contentHash, Failure = new ImageIssue(kind, detail) };
}

/// <summary>A problem with an image file, before it is tied to a listing.</summary>
public sealed record ImageIssue(ImageProblemKind Kind, string Detail);
