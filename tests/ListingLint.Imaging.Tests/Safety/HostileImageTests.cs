using System.Diagnostics;
using ListingLint.Imaging.Analysis;
using ListingLint.ImageTools;
using ListingLint.ImageTools.Synthetic;
using ListingLint.Model.Images;

namespace ListingLint.Imaging.Tests.Safety;

public class HostileImageTests
{
    private static readonly ImageAnalyzer Analyzer = new(new ImageLimits(50_000_000, 50_000_000, TimeSpan.FromSeconds(20)));

    private static byte[] Jpeg(int seed = 11)
    {
        using var image = SyntheticPhoto.Create(seed, 300, 300);
        return ListingLint.ImageTools.Synthetic.Metadata.Camera().Jpeg(image);
    }

    [Fact]
    public void PngBomb30000Square_RejectedFromTheHeader_WithoutDecoding()
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var a = Analyzer.Analyse(FixtureSet.PngBomb(30000, 30000));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Equal(ImageProblemKind.TooLarge, a.Failure!.Kind);
        Assert.Contains("900000000 pixels", a.Failure.Detail);
        Assert.True(allocated < 64L * 1024 * 1024, $"allocated {allocated / 1024 / 1024} MB for a header check");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void BombUnderAGenerousPixelLimit_StillBoundedByTheAllocator()
    {
        // maxPixels lets the header through, but the decode cannot get 30000x30000x4 bytes from the capped allocator.
        var analyzer = new ImageAnalyzer(new ImageLimits(1_000_000_000, 50_000_000, TimeSpan.FromSeconds(20)) );
        var a = analyzer.Analyse(FixtureSet.PngBomb(30000, 30000));
        Assert.NotNull(a.Failure);
        Assert.False(a.IsAnalysed);
    }

    [Fact]
    public void TruncatedJpeg_IsReportedAndStillAnalysedWhenItDecodes()
    {
        var bytes = Jpeg();
        var a = Analyzer.Analyse(bytes[..(bytes.Length * 2 / 3)]);
        Assert.Equal(ImageProblemKind.Truncated, (a.Warning ?? a.Failure)!.Kind);
        Assert.Equal(ImageProvenance.CameraOriginal, a.Provenance);
    }

    [Fact]
    public void CompleteJpeg_HasNoWarning() => Assert.Null(Analyzer.Analyse(Jpeg()).Warning);

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(4096)]
    public void GarbageBytes_AreNotAnImage(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        Assert.Equal(ImageProblemKind.NotAnImage, Analyzer.Analyse(bytes).Failure!.Kind);
    }

    [Fact]
    public void JpegHeaderFollowedByGarbage_FailsWithoutThrowing()
    {
        var bytes = Jpeg()[..200].Concat(Enumerable.Repeat((byte)0x5A, 5000)).ToArray();
        var a = Analyzer.Analyse(bytes);
        Assert.False(a.IsAnalysed && a.Warning is null);
    }

    [Fact]
    public void MissingFile_AndFolder_AreReported()
    {
        Assert.Equal(ImageProblemKind.Missing, Analyzer.AnalyseFile(Path.Combine(Path.GetTempPath(), "no-such-image-4711.jpg")).Failure!.Kind);
        Assert.Equal(ImageProblemKind.NotAnImage, Analyzer.AnalyseFile(Path.GetTempPath()).Failure!.Kind);
    }

    [Fact]
    public void FileOverTheByteLimit_IsNotRead()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ll-big-{Guid.NewGuid():N}.jpg");
        File.WriteAllBytes(path, new byte[2048]);
        try
        {
            var small = new ImageAnalyzer(new ImageLimits(50_000_000, 1024, TimeSpan.FromSeconds(20)));
            Assert.Equal(ImageProblemKind.TooLarge, small.AnalyseFile(path).Failure!.Kind);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MalformedXmp_IsIgnoredNotFatal()
    {
        using var image = SyntheticPhoto.Create(5, 100, 100);
        image.Metadata.XmpProfile = new SixLabors.ImageSharp.Metadata.Profiles.Xmp.XmpProfile("<x:xmpmeta><unclosed"u8.ToArray());
        using var stream = new MemoryStream();
        SixLabors.ImageSharp.ImageExtensions.SaveAsJpeg(image, stream);
        var a = Analyzer.Analyse(stream.ToArray());
        Assert.True(a.IsAnalysed);
        Assert.Equal(ImageProvenance.Unknown, a.Provenance);
    }
}
