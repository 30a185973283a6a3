using System.Security.Cryptography;
using ListingLint.Imaging.Colour;
using ListingLint.Imaging.Hashing;
using ListingLint.Imaging.Metadata;
using ListingLint.Model.Images;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.PixelFormats;
using ImageSharpConfiguration = SixLabors.ImageSharp.Configuration;

namespace ListingLint.Imaging.Analysis;

/// <summary>
/// Analyses one image file safely: size checked before reading, pixel count checked from the header before decoding,
/// allocations capped, decode time bounded. Any failure becomes an <see cref="ImageAnalysis.Failure"/>, never an exception.
/// </summary>
public sealed class ImageAnalyzer
{
    private readonly ImageLimits _limits;
    private readonly ImageSharpConfiguration _configuration;

    public ImageAnalyzer(ImageLimits limits)
    {
        _limits = limits;
        _configuration = ImageSharpConfiguration.Default.Clone();
        // Images are analysed in parallel across cores already; ImageSharp's own parallelism would only contend.
        _configuration.MaxDegreeOfParallelism = 1;
        _configuration.MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions
        {
            MaximumPoolSizeMegabytes = 64,
            AllocationLimitMegabytes = limits.AllocationLimitMegabytes,
        });
    }

    public ImageLimits Limits => _limits;

    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public ImageAnalysis AnalyseFile(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return ImageAnalysis.Failed("", Directory.Exists(path) ? ImageProblemKind.NotAnImage : ImageProblemKind.Missing,
                    Directory.Exists(path) ? "is a folder" : "file not found");
            if (info.Length > _limits.MaxFileBytes)
                return ImageAnalysis.Failed("", ImageProblemKind.TooLarge, $"{info.Length} bytes, more than the {_limits.MaxFileBytes} allowed");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ImageAnalysis.Failed("", ImageProblemKind.Unreadable, e.Message);
        }
        return Analyse(bytes);
    }

    public ImageAnalysis Analyse(byte[] bytes) => Analyse(bytes, HashOf(bytes));

    public ImageAnalysis Analyse(byte[] bytes, string contentHash)
    {
        if (bytes.Length == 0)
            return ImageAnalysis.Failed(contentHash, ImageProblemKind.NotAnImage, "empty file");
        IImageInfo? info;
        IImageFormat? format;
        try
        {
            info = Image.Identify(_configuration, bytes, out format);
        }
        catch (Exception e) when (IsImageError(e))
        {
            return ImageAnalysis.Failed(contentHash, ImageProblemKind.NotAnImage, "unreadable header: " + e.Message);
        }
        if (info is null || format is null)
            return ImageAnalysis.Failed(contentHash, ImageProblemKind.NotAnImage, "not a recognised image format");

        var provenance = ProvenanceReader.Read(info.Metadata, bytes);
        var analysis = new ImageAnalysis
        {
            ContentHash = contentHash,
            Format = format.Name.ToLowerInvariant(),
            Width = info.Width,
            Height = info.Height,
            Provenance = provenance.Kind,
            Tool = provenance.Tool,
            Evidence = provenance.Evidence,
            Clues = provenance.Clues,
            Make = provenance.Make,
            Model = provenance.Model,
            DateTimeOriginal = provenance.DateTimeOriginal,
            JpegQuality = provenance.JpegQuality,
            Warning = Truncation(bytes),
        };
        var pixels = (long)info.Width * info.Height;
        if (info.Width <= 0 || info.Height <= 0)
            return analysis with { Failure = new ImageIssue(ImageProblemKind.NotAnImage, $"header says {info.Width}x{info.Height}") };
        if (pixels > _limits.MaxPixels)
            return analysis with { Failure = new ImageIssue(ImageProblemKind.TooLarge, $"{info.Width}x{info.Height} = {pixels} pixels, more than the {_limits.MaxPixels} allowed; not decoded") };
        return Decode(bytes, analysis);
    }

    private ImageAnalysis Decode(byte[] bytes, ImageAnalysis analysis)
    {
        using var cancel = new CancellationTokenSource(_limits.DecodeTimeout);
        var token = cancel.Token;
        // JPEG has no alpha: decoding to 3 bytes a pixel is cheaper than to 4.
        var opaque = analysis.Format == "jpeg";
        var decoding = Task.Run(() =>
        {
            if (opaque)
            {
                using var rgb = LoadPixels<Rgb24>(bytes, token);
                return Thumbnail.Of(rgb);
            }
            using var rgba = LoadPixels<Rgba32>(bytes, token);
            return Thumbnail.Of(rgba);
        }, token);
        try
        {
            if (!decoding.Wait(_limits.DecodeTimeout + TimeSpan.FromSeconds(1)))
                return analysis with { Failure = new ImageIssue(ImageProblemKind.DecodeFailed, $"decoding took longer than {_limits.DecodeTimeout.TotalSeconds:0} s") };
            var thumbnail = decoding.Result;
            return analysis with
            {
                Hashes = PerceptualHash.Compute(thumbnail.Luma32, thumbnail.Luma9x8),
                Colours = ColourAnalyzer.Analyse(thumbnail),
            };
        }
        catch (AggregateException e) when (e.InnerException is { } inner && (IsImageError(inner) || inner is OperationCanceledException))
        {
            var detail = inner is OperationCanceledException ? $"decoding took longer than {_limits.DecodeTimeout.TotalSeconds:0} s" : inner.Message;
            var kind = analysis.Warning?.Kind == ImageProblemKind.Truncated ? ImageProblemKind.Truncated : ImageProblemKind.DecodeFailed;
            return analysis with { Failure = new ImageIssue(kind, detail), Warning = null };
        }
    }

    private Image<TPixel> LoadPixels<TPixel>(byte[] bytes, CancellationToken token)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return Image.LoadAsync<TPixel>(_configuration, stream, token).GetAwaiter().GetResult();
    }

    private static ImageIssue? Truncation(byte[] bytes)
    {
        if (JpegSegments.IsJpeg(bytes) && !JpegSegments.Read(bytes).HasEndMarker)
            return new ImageIssue(ImageProblemKind.Truncated, "JPEG ends without its end-of-image marker (FF D9)");
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) && bytes.AsSpan().LastIndexOf("IEND"u8) < 0)
            return new ImageIssue(ImageProblemKind.Truncated, "PNG ends without its IEND chunk");
        return null;
    }

    private static bool IsImageError(Exception e) =>
        e is ImageFormatException or UnknownImageFormatException or InvalidImageContentException or NotSupportedException
            or InvalidMemoryOperationException or OutOfMemoryException or IndexOutOfRangeException or ArgumentException
            or InvalidOperationException or OverflowException or EndOfStreamException;
}
