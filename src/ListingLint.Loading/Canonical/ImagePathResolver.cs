namespace ListingLint.Loading.Canonical;

/// <summary>Resolves an image path against the listing's folder and refuses any that would leave the allowed root.</summary>
public sealed class ImagePathResolver(string listingDirectory, string root)
{
    public static ImagePathResolver None { get; } = new("", "");

    /// <summary>The folder of the listing's file ("" when unknown).</summary>
    public string Directory => listingDirectory;

    public string Root => root;

    public (string? Path, bool OutsideRoot) Resolve(string src)
    {
        if (listingDirectory.Length == 0 || src.Contains("://", StringComparison.Ordinal) || src.StartsWith("//", StringComparison.Ordinal)
            || src.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return (null, false);
        var path = src.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ? src[5..] : src;
        var full = System.IO.Path.GetFullPath(path, listingDirectory);
        var rootWithSeparator = root.EndsWith(System.IO.Path.DirectorySeparatorChar) ? root : root + System.IO.Path.DirectorySeparatorChar;
        return full.StartsWith(rootWithSeparator, StringComparison.Ordinal) ? (full, false) : (null, true);
    }
}
