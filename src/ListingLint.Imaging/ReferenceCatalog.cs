using ListingLint.Configuration;
using ListingLint.Imaging.Analysis;

namespace ListingLint.Imaging;

/// <summary>The images of the <c>referenceImages</c> folders (competitors', stock), analysed once per run.</summary>
internal static class ReferenceCatalog
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase)
        { ".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".tga", ".pbm" };

    public static IReadOnlyList<ReferenceImage> Load(AuditConfiguration configuration, ImageLibrary library)
    {
        var files = configuration.ReferenceImages
            .Select(configuration.Resolve)
            .SelectMany(path => Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => Extensions.Contains(Path.GetExtension(f)))
                : File.Exists(path) ? [path] : [])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var images = new ReferenceImage?[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var analysis = library.Get(files[i]);
            if (analysis.IsAnalysed)
                images[i] = new ReferenceImage(Path.GetRelativePath(configuration.BaseDirectory, files[i]).Replace('\\', '/'), analysis);
        });
        return images.OfType<ReferenceImage>().ToArray();
    }
}

internal sealed record ReferenceImage(string DisplayPath, ImageAnalysis Analysis);
