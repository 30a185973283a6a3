namespace ListingLint.Model.Images;

/// <summary>A summary of a listing's images, so rules about the whole gallery need no aggregation of their own.</summary>
public sealed record ImageGallery
{
    public required string ListingId { get; init; }
    public required Location Location { get; init; }

    /// <summary>Images the listing references (local, remote and broken alike).</summary>
    public required int ImageCount { get; init; }

    /// <summary>Images that were read and analysed.</summary>
    public required int Analysed { get; init; }
    public int CameraOriginals { get; init; }
    public int Edited { get; init; }
    public int AiGenerated { get; init; }
    public int Unknown { get; init; }

    /// <summary>Groups of near-duplicate images among the analysed ones: 1 means every image shows the same view.</summary>
    public int DistinctViews { get; init; }

    /// <summary>The editing programs named, in image order, without repeats.</summary>
    public IReadOnlyList<string> Tools { get; init; } = [];

    public bool AllAnalysed => Analysed == ImageCount && ImageCount > 0;
}
