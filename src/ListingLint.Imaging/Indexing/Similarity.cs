using ListingLint.Imaging.Analysis;
using ListingLint.Model.Images;

namespace ListingLint.Imaging.Indexing;

/// <summary>
/// When two images are the same picture. Thresholds were measured on generated near-duplicates (resize, JPEG
/// recompression, brightness ±20%, 5% crop, mirror) against different pictures; see SimilarityMeasurementTests and
/// docs/imaging.md. Both hashes must agree, and the colours too, so that the same shot of a product in another
/// colour (a legitimate variant photo) is not called a copy.
/// </summary>
public static class Similarity
{
    /// <summary>
    /// Largest pHash distance (of 63 significant bits) still counted as the same picture. A 5% crop reaches 10; two
    /// different Magento catalog photos of one model in the same pose sit at 11.
    /// </summary>
    public const int MaxPHashDistance = 10;

    /// <summary>Largest dHash distance (of 64 bits) still counted as the same picture.</summary>
    public const int MaxDHashDistance = 16;

    /// <summary>Largest distance between the subjects' mean chromaticities; a red and a blue version of one shot are ~0.3 apart.</summary>
    public const double MaxChromaDistance = 0.06;

    public readonly record struct Verdict(bool Same, int Distance, int DHashDistance, bool Mirrored, double Chroma);

    public static Verdict Compare(ImageAnalysis a, ImageAnalysis b)
    {
        if (a.Hashes is not { } x || b.Hashes is not { } y)
            return default;
        var direct = (P: ImageHashes.Distance(x.PHash, y.PHash), D: ImageHashes.Distance(x.DHash, y.DHash));
        var mirror = (P: ImageHashes.Distance(x.PHashMirrored, y.PHash), D: ImageHashes.Distance(x.DHashMirrored, y.DHash));
        var chroma = ChromaDistance(a.Colours, b.Colours);
        var colours = chroma <= MaxChromaDistance;
        if (colours && direct.P <= MaxPHashDistance && direct.D <= MaxDHashDistance)
            return new Verdict(true, direct.P, direct.D, false, chroma);
        // A symmetric picture is its own mirror image; only call it mirrored when the direct comparison failed.
        if (colours && mirror.P <= MaxPHashDistance && mirror.D <= MaxDHashDistance)
            return new Verdict(true, mirror.P, mirror.D, true, chroma);
        return new Verdict(false, Math.Min(direct.P, mirror.P), Math.Min(direct.D, mirror.D), mirror.P < direct.P, chroma);
    }

    public static double ChromaDistance(ColourProfile? a, ColourProfile? b)
    {
        if (a?.Dominant is null || b?.Dominant is null)
            return 0;
        double dr = a.ChromaR - b.ChromaR, dg = a.ChromaG - b.ChromaG;
        return Math.Sqrt(dr * dr + dg * dg);
    }
}
