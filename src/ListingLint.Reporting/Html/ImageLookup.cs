using System.Text.RegularExpressions;
using ListingLint.Diagnostics;
using ListingLint.Model;

namespace ListingLint.Reporting.Html;

/// <summary>
/// Finds the local image files a card shows. Only files on disk are ever read: remote URLs and paths that leave
/// the listing's folder or the working folder are ignored, as the loader ignores them.
/// </summary>
internal sealed partial class ImageLookup(string workingDirectory)
{
    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase)
        { ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff", ".tga" };

    public string? Local(ImageRef? image) =>
        image is { ResolvedPath: { } path, OutsideRoot: false } && !image.IsRemote ? path : null;

    /// <summary>The image a finding is about, when its location is an image entry (<c>/images/2</c> or below it).</summary>
    public string? ForPointer(Listing? listing, string pointer)
    {
        if (listing is null)
            return null;
        var match = ImagePointer().Match(pointer);
        if (!match.Success || !int.TryParse(match.Groups[1].Value, out var index) || index >= listing.Images.Count)
            return null;
        return Local(listing.Images[index]);
    }

    /// <summary>Evidence values that name an image: one of the listing's own images, or an image file under the listing's or the working folder.</summary>
    public IReadOnlyDictionary<string, string> ForEvidence(Listing? listing, string file, Evidence evidence)
    {
        Dictionary<string, string>? found = null;
        foreach (var (key, value) in evidence.Items)
        {
            if (Resolve(listing, file, value) is { } path)
                (found ??= new Dictionary<string, string>(StringComparer.Ordinal))[key] = path;
        }
        return found ?? (IReadOnlyDictionary<string, string>)EmptyImages;
    }

    private static readonly Dictionary<string, string> EmptyImages = new();

    private string? Resolve(Listing? listing, string file, string value)
    {
        if (value.Length is 0 or > 1024 || !ImageExtensions.Contains(Path.GetExtension(value)) || value.Contains("://", StringComparison.Ordinal))
            return null;
        if (listing?.Images.FirstOrDefault(i => i.Src == value) is { } own)
            return Local(own);
        var listingFolder = file.Length > 0 ? Path.GetDirectoryName(Path.GetFullPath(file, workingDirectory)) : null;
        foreach (var folder in new[] { listingFolder, workingDirectory })
        {
            if (folder is null)
                continue;
            var full = Path.GetFullPath(value, folder);
            if (Inside(full, folder) && File.Exists(full))
                return full;
        }
        return null;
    }

    private static bool Inside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    [GeneratedRegex(@"^/images/(\d{1,6})(?:/|$)")]
    private static partial Regex ImagePointer();
}
