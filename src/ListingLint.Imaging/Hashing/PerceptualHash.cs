using ListingLint.Model.Images;

namespace ListingLint.Imaging.Hashing;

/// <summary>
/// pHash (the signs of the 8x8 lowest frequencies of a 32x32 DCT against their median) and dHash (whether each
/// pixel of a 9x8 thumbnail is darker than its right neighbour), each also for the mirror image.
/// </summary>
public static class PerceptualHash
{
    public const int PSize = 32;
    private static readonly double[,] Cosines = BuildCosines();

    /// <param name="luma32">32x32 luminance, row-major.</param>
    /// <param name="luma9x8">9 columns x 8 rows luminance, row-major.</param>
    public static ImageHashes Compute(ReadOnlySpan<float> luma32, ReadOnlySpan<float> luma9x8)
    {
        var mirrored32 = Mirror(luma32, PSize, PSize);
        var mirrored9 = Mirror(luma9x8, 9, 8);
        return new ImageHashes(PHash(luma32), PHash(mirrored32), DHash(luma9x8), DHash(mirrored9));
    }

    public static ulong PHash(ReadOnlySpan<float> luma32)
    {
        Span<double> rows = stackalloc double[PSize * 8];
        for (var y = 0; y < PSize; y++)
        {
            for (var u = 0; u < 8; u++)
            {
                double sum = 0;
                for (var x = 0; x < PSize; x++)
                    sum += luma32[y * PSize + x] * Cosines[u, x];
                rows[y * 8 + u] = sum;
            }
        }
        Span<double> low = stackalloc double[64];
        for (var v = 0; v < 8; v++)
        {
            for (var u = 0; u < 8; u++)
            {
                double sum = 0;
                for (var y = 0; y < PSize; y++)
                    sum += rows[y * 8 + u] * Cosines[v, y];
                low[v * 8 + u] = sum;
            }
        }
        // The DC term only says how bright the image is; leaving it out of the median keeps brightness changes harmless.
        Span<double> sorted = stackalloc double[63];
        low[1..].CopyTo(sorted);
        sorted.Sort();
        var median = (sorted[30] + sorted[31] + sorted[32]) / 3;
        ulong hash = 0;
        for (var i = 1; i < 64; i++)
        {
            if (low[i] > median)
                hash |= 1UL << i;
        }
        return hash;
    }

    public static ulong DHash(ReadOnlySpan<float> luma9x8)
    {
        ulong hash = 0;
        for (var y = 0; y < 8; y++)
        {
            for (var x = 0; x < 8; x++)
            {
                if (luma9x8[y * 9 + x] < luma9x8[y * 9 + x + 1])
                    hash |= 1UL << (y * 8 + x);
            }
        }
        return hash;
    }

    private static float[] Mirror(ReadOnlySpan<float> pixels, int width, int height)
    {
        var result = new float[pixels.Length];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
                result[y * width + x] = pixels[y * width + width - 1 - x];
        }
        return result;
    }

    private static double[,] BuildCosines()
    {
        var table = new double[8, PSize];
        for (var u = 0; u < 8; u++)
        {
            for (var x = 0; x < PSize; x++)
                table[u, x] = Math.Cos((2 * x + 1) * u * Math.PI / (2 * PSize));
        }
        return table;
    }
}
