namespace ListingLint.Configuration;

/// <summary>The <c>images</c> section: where local images may be read from and how large they may be.</summary>
public sealed record ImageSettings(string? Root, long MaxPixels)
{
    public const long DefaultMaxPixels = 50_000_000;

    public static readonly ImageSettings Default = new(null, DefaultMaxPixels);
}
