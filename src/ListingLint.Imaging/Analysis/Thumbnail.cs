using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ListingLint.Imaging.Analysis;

/// <summary>
/// Area-averaged thumbnails of a decoded image, computed in one pass over its rows: 64x64 RGB (colours, and 32x32
/// luminance for pHash) and 9x8 luminance (dHash). Transparent pixels count as white, the usual shop background.
/// </summary>
internal sealed class Thumbnail
{
    public const int Size = 64;

    public float[] Red { get; } = new float[Size * Size];
    public float[] Green { get; } = new float[Size * Size];
    public float[] Blue { get; } = new float[Size * Size];
    public float[] Luma32 { get; } = new float[32 * 32];
    public float[] Luma9x8 { get; } = new float[9 * 8];

    public static Thumbnail Of<TPixel>(Image<TPixel> image)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        var thumbnail = new Thumbnail();
        var counts = new int[Size * Size];
        var dCounts = new int[9 * 8];
        var width = image.Width;
        var height = image.Height;
        var columns = new int[width];
        var dColumns = new int[width];
        for (var x = 0; x < width; x++)
        {
            columns[x] = (int)((long)x * Size / width);
            dColumns[x] = (int)((long)x * 9 / width);
        }
        image.ProcessPixelRows(accessor =>
        {
            for (var y = 0; y < height; y++)
            {
                var row = accessor.GetRowSpan(y);
                var cellRow = (int)((long)y * Size / height) * Size;
                var dRow = (int)((long)y * 8 / height) * 9;
                for (var x = 0; x < width; x++)
                {
                    var p = default(Rgba32);
                    row[x].ToRgba32(ref p);
                    float alpha = p.A / 255f, white = 255 * (1 - alpha);
                    float r = p.R * alpha + white, g = p.G * alpha + white, b = p.B * alpha + white;
                    var cell = cellRow + columns[x];
                    thumbnail.Red[cell] += r;
                    thumbnail.Green[cell] += g;
                    thumbnail.Blue[cell] += b;
                    counts[cell]++;
                    var d = dRow + dColumns[x];
                    thumbnail.Luma9x8[d] += 0.299f * r + 0.587f * g + 0.114f * b;
                    dCounts[d]++;
                }
            }
        });
        thumbnail.Normalise(counts, dCounts);
        return thumbnail;
    }

    private void Normalise(int[] counts, int[] dCounts)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            // An image narrower than 64 px leaves empty cells; they borrow their left neighbour's colour.
            if (counts[i] == 0)
            {
                var source = i % Size > 0 ? i - 1 : Math.Max(0, i - Size);
                (Red[i], Green[i], Blue[i]) = (Red[source], Green[source], Blue[source]);
                continue;
            }
            Red[i] /= counts[i];
            Green[i] /= counts[i];
            Blue[i] /= counts[i];
        }
        for (var i = 0; i < dCounts.Length; i++)
            Luma9x8[i] = dCounts[i] == 0 ? (i > 0 ? Luma9x8[i - 1] : 0) : Luma9x8[i] / dCounts[i];
        for (var y = 0; y < 32; y++)
        {
            for (var x = 0; x < 32; x++)
            {
                float sum = 0;
                for (var dy = 0; dy < 2; dy++)
                {
                    for (var dx = 0; dx < 2; dx++)
                    {
                        var i = (y * 2 + dy) * Size + x * 2 + dx;
                        sum += 0.299f * Red[i] + 0.587f * Green[i] + 0.114f * Blue[i];
                    }
                }
                Luma32[y * 32 + x] = sum / 4;
            }
        }
    }
}
