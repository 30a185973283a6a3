using System.Collections.Concurrent;
using ListingLint.Imaging.Analysis;
using ListingLint.Imaging.Caching;
using ListingLint.Model.Images;

namespace ListingLint.Imaging;

/// <summary>
/// Analyses each image file at most once per run (whichever listing asks first), consulting the persistent cache
/// first when one is in use.
/// </summary>
internal sealed class ImageLibrary(ImageAnalyzer analyzer)
{
    private readonly ConcurrentDictionary<string, Lazy<ImageAnalysis>> _byPath = new(StringComparer.Ordinal);

    public ImageCache? Cache { get; set; }

    public ImageAnalysis Get(string path) =>
        _byPath.GetOrAdd(path, p => new Lazy<ImageAnalysis>(() => Load(p))).Value;

    private ImageAnalysis Load(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length > analyzer.Limits.MaxFileBytes)
            return analyzer.AnalyseFile(path);
        if (Cache?.ForFile(path, info) is { } known)
            return known;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ImageAnalysis.Failed("", ImageProblemKind.Unreadable, e.Message);
        }
        var hash = ImageAnalyzer.HashOf(bytes);
        var analysis = Cache?.ForContent(hash) ?? analyzer.Analyse(bytes, hash);
        // A decode that failed may have run out of time on a busy machine: worth retrying next run.
        if (analysis.Failure?.Kind != ImageProblemKind.DecodeFailed)
            Cache?.Put(path, info, analysis);
        return analysis;
    }
}
