using System.Collections.Concurrent;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Processing;

namespace ListingLint.Reporting.Html;

/// <summary>
/// Small embedded copies of local images (data URIs), made once per file. Decoding is bounded: the pixel count is
/// read from the header first and larger images are skipped, as are files that are not images.
/// </summary>
public sealed class Thumbnails(long maxPixels = Thumbnails.DefaultMaxPixels, int maxSide = Thumbnails.DefaultMaxSide)
{
    public const long DefaultMaxPixels = Configuration.ImageSettings.DefaultMaxPixels;
    public const int DefaultMaxSide = 160;

    /// <summary>Makes the thumbnails of <paramref name="paths"/> in parallel; a path that cannot be shown maps to null.</summary>
    public IReadOnlyDictionary<string, string?> Make(IEnumerable<string> paths)
    {
        var made = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
        Parallel.ForEach(paths.Distinct(StringComparer.Ordinal), path => made[path] = DataUri(path));
        return made;
    }

    public string? DataUri(string path)
    {
        try
        {
            var info = Image.Identify(path, out var format);
            if (info is null || format is null || (long)info.Width * info.Height > maxPixels || info.Width == 0 || info.Height == 0)
                return null;
            using var image = Image.Load(path);
            if (image.Width > maxSide || image.Height > maxSide)
                image.Mutate(x => x.Resize(new ResizeOptions { Size = new Size(maxSide, maxSide), Mode = ResizeMode.Max }));
            using var buffer = new MemoryStream();
            // PNG keeps transparency and flat graphics sharp; everything else becomes a small JPEG.
            var png = format.DefaultMimeType is "image/png" or "image/gif";
            if (png)
                image.Save(buffer, new PngEncoder { CompressionLevel = PngCompressionLevel.BestSpeed });
            else
                image.Save(buffer, new JpegEncoder { Quality = 80 });
            return (png ? "data:image/png;base64," : "data:image/jpeg;base64,") + Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or UnknownImageFormatException or InvalidImageContentException or NotSupportedException)
        {
            return null;
        }
    }
}
