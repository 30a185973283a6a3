namespace ListingLint.Loading;

/// <summary>Limits and settings for reading listings.</summary>
public sealed record LoadOptions
{
    public static readonly LoadOptions Default = new();

    /// <summary>Longest string value accepted in a listing; longer ones make the listing LL0002.</summary>
    public int MaxStringLength { get; init; } = 1_000_000;

    /// <summary>Longest NDJSON line accepted, in bytes.</summary>
    public int MaxLineBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Deepest nesting accepted; deeper input is LL0002 rather than a stack overflow.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Largest HTML page read, in bytes; a larger page is LL0002.</summary>
    public int MaxPageBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>Folder that image paths may not leave; null means the folder of each listing file.</summary>
    public string? ImageRoot { get; init; }
}
