using ListingLint.Imaging.Analysis;
using ListingLint.ImageTools.Synthetic;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace ListingLint.Imaging.Tests.Hashing;

/// <summary>The edits a copier makes to someone else's photo, applied to generated photos.</summary>
public static class NearDuplicates
{
    public static readonly ImageAnalyzer Analyzer = new(new ImageLimits(50_000_000, 50_000_000, TimeSpan.FromSeconds(20)));

    public static readonly IReadOnlyDictionary<string, Action<IImageProcessingContext, Size>> Edits = new Dictionary<string, Action<IImageProcessingContext, Size>>
    {
        ["resize 50%"] = (x, s) => x.Resize(s.Width / 2, s.Height / 2),
        ["recompress q40"] = (_, _) => { },
        ["brightness +20%"] = (x, _) => x.Brightness(1.2f),
        ["brightness -20%"] = (x, _) => x.Brightness(0.8f),
        ["crop 5%"] = (x, s) => x.Crop(new Rectangle(s.Width * 5 / 200, s.Height * 5 / 200, s.Width * 95 / 100, s.Height * 95 / 100)),
        ["mirror"] = (x, _) => x.Flip(FlipMode.Horizontal),
        ["beyond brief: mirror + crop + resize"] = (x, s) => x.Flip(FlipMode.Horizontal).Crop(new Rectangle(0, 0, s.Width * 95 / 100, s.Height * 95 / 100)).Resize(s.Width * 2 / 3, s.Height * 2 / 3),
    };

    public static ImageAnalysis Original(int seed, int size = 320, Rgb24? colour = null)
    {
        using var image = SyntheticPhoto.Create(seed, size, size, colour);
        return Analyzer.Analyse(ListingLint.ImageTools.Synthetic.Metadata.None.Jpeg(image, 90));
    }

    public static ImageAnalysis Edited(int seed, string edit, int size = 320)
    {
        using var image = SyntheticPhoto.Create(seed, size, size);
        image.Mutate(x => Edits[edit](x, image.Size()));
        return Analyzer.Analyse(ListingLint.ImageTools.Synthetic.Metadata.None.Jpeg(image, edit.StartsWith("recompress") ? 40 : 85));
    }
}
