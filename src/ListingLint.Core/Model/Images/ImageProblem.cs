namespace ListingLint.Model.Images;

/// <summary>An image of a listing that is missing, unreadable, truncated, not an image or too large to decode safely.</summary>
public sealed record ImageProblem
{
    public required string ListingId { get; init; }
    public required int ImageIndex { get; init; }
    public required string Src { get; init; }
    public required Location Location { get; init; }
    public required ImageProblemKind Kind { get; init; }
    public required string Detail { get; init; }
}
