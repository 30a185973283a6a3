using System.Collections.Concurrent;
using System.Text.Json;
using ListingLint.Configuration;
using ListingLint.Imaging.Analysis;
using ListingLint.IO;

namespace ListingLint.Imaging.Caching;

/// <summary>
/// Image analyses kept between runs, keyed by the SHA-256 of the file's bytes, so re-auditing unchanged images
/// decodes nothing. A file whose path, size and modification time are unchanged is not even re-read. The file is
/// written whole or not at all; a cache that cannot be read is ignored (and rebuilt), never an error. The file is read
/// on first use, so an audit that analyses no image does not pay for reading it.
/// </summary>
public sealed class ImageCache
{
    // Bump when an analysis would come out differently (hash, colour or provenance logic changed).
    private const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly Lazy<Contents> _contents;
    private int _changes;

    private ImageCache(string path)
    {
        Path = path;
        _contents = new Lazy<Contents>(() => Read(path));
    }

    private ConcurrentDictionary<string, ImageAnalysis> Analyses => _contents.Value.Analyses;

    private ConcurrentDictionary<string, FileStamp> Files => _contents.Value.Files;

    public string Path { get; }

    public int Count => Analyses.Count;

    /// <summary>The cache file beside the configuration file (or in the working folder without one).</summary>
    public static string DefaultPath(AuditConfiguration configuration) =>
        System.IO.Path.Combine(configuration.FilePath is { } file ? System.IO.Path.GetDirectoryName(file)! : configuration.BaseDirectory,
            ".listinglint-cache", "images.json");

    public static ImageCache Open(string path) => new(path);

    private static Contents Read(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                using var stream = File.OpenRead(path);
                var stored = JsonSerializer.Deserialize<Stored>(stream, Json);
                if (stored is { Version: FormatVersion })
                    return new Contents(new(stored.Analyses), new(stored.Files));
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
        }
        return new Contents(new(), new());
    }

    public ImageAnalysis? ForFile(string path, FileInfo info) =>
        Files.TryGetValue(path, out var stamp) && stamp.Length == info.Length && stamp.Modified == info.LastWriteTimeUtc.Ticks
            ? Analyses.GetValueOrDefault(stamp.ContentHash)
            : null;

    public ImageAnalysis? ForContent(string contentHash) => Analyses.GetValueOrDefault(contentHash);

    public void Put(string path, FileInfo info, ImageAnalysis analysis)
    {
        if (analysis.ContentHash.Length == 0)
            return;
        Analyses[analysis.ContentHash] = analysis;
        Files[path] = new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks, analysis.ContentHash);
        Interlocked.Increment(ref _changes);
    }

    /// <summary>Writes the cache if anything was added; failures to write are ignored (the next run recomputes).</summary>
    public void Save()
    {
        if (Interlocked.Exchange(ref _changes, 0) == 0)
            return;
        var stored = new Stored(FormatVersion, new Dictionary<string, ImageAnalysis>(Analyses), new Dictionary<string, FileStamp>(Files));
        try
        {
            AtomicFile.Write(Path, writer => writer.Write(JsonSerializer.Serialize(stored, Json)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    public sealed record FileStamp(long Length, long Modified, string ContentHash);

    private sealed record Contents(ConcurrentDictionary<string, ImageAnalysis> Analyses, ConcurrentDictionary<string, FileStamp> Files);

    private sealed record Stored(int Version, Dictionary<string, ImageAnalysis> Analyses, Dictionary<string, FileStamp> Files);
}
