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
    /// <summary>Largest pHash distance (of 63 significant bits) still counted as the same picture.</summary>
    public const int MaxPHashDistance = 12;

    /// <summary>Largest dHash distance (of 64 bits) still counted as the same picture.</summary>
    public const int MaxDHashDistance = 16;

    /// <summary>Largest difference in colour-family shares (sum of absolute differences, 0–2).</summary>
    public const double MaxColourDifference = 0.8;

    public readonly record struct Verdict(bool Same, int Distance, int DHashDistance, bool Mirrored);

    public static Verdict Compare(ImageAnalysis a, ImageAnalysis b)
    {
        if (a.Hashes is not { } x || b.Hashes is not { } y)
            return default;
        var direct = (P: ImageHashes.Distance(x.PHash, y.PHash), D: ImageHashes.Distance(x.DHash, y.DHash));
        var mirror = (P: ImageHashes.Distance(x.PHashMirrored, y.PHash), D: ImageHashes.Distance(x.DHashMirrored, y.DHash));
        var colours = ColoursAgree(a.Colours, b.Colours);
        if (colours && direct.P <= MaxPHashDistance && direct.D <= MaxDHashDistance)
            return new Verdict(true, direct.P, direct.D, false);
        // A symmetric picture is its own mirror image; only call it mirrored when the direct comparison failed.
        if (colours && mirror.P <= MaxPHashDistance && mirror.D <= MaxDHashDistance)
            return new Verdict(true, mirror.P, mirror.D, true);
        return new Verdict(false, Math.Min(direct.P, mirror.P), Math.Min(direct.D, mirror.D), mirror.P < direct.P);
    }

    public static bool ColoursAgree(ColourProfile? a, ColourProfile? b)
    {
        if (a?.Dominant is null || b?.Dominant is null)
            return true;
        var difference = a.Shares.Keys.Union(b.Shares.Keys).Sum(k => Math.Abs(a.ShareOf(k) - b.ShareOf(k)));
        return difference <= MaxColourDifference;
    }
}
