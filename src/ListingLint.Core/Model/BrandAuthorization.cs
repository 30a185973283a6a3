namespace ListingLint.Model;

/// <summary>A document that authorizes the store to sell a brand.</summary>
public sealed record BrandAuthorization
{
    public required string Brand { get; init; }
    public string? Document { get; init; }

    /// <summary>The document's full path, resolved against the listing file's folder; null for a URL or when the listing has no folder.</summary>
    public string? DocumentPath { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidUntil { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public required Location Location { get; init; }
}
