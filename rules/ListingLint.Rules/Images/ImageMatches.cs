using ListingLint.Model.Images;

namespace ListingLint.Rules.Images;

/// <summary>Helpers for rules that report one image match: which match is the best one, how to describe it.</summary>
internal static class ImageMatches
{
    /// <summary>Whether <paramref name="other"/> is a better match than <paramref name="match"/> for the same image (closer, then by name).</summary>
    public static bool IsBetter(ImageMatch other, ImageMatch match) =>
        other.ImageIndex == match.ImageIndex && other.Scope == match.Scope
        && (other.Distance < match.Distance
            || other.Distance == match.Distance && string.CompareOrdinal(other.OtherListingId + "\u0000" + other.OtherSrc, match.OtherListingId + "\u0000" + match.OtherSrc) < 0);

    public static string How(ImageMatch match) =>
        match.Identical ? "identical file" : $"distance {match.Distance}{(match.Mirrored ? ", mirrored" : "")}";

    public static (string, object?)[] Evidence(ImageMatch match) =>
    [
        ("image", match.Src),
        ("matched", match.OtherSrc),
        ("distance", match.Distance),
        ("dhashDistance", match.DHashDistance),
        ("mirrored", match.Mirrored ? "yes" : "no"),
        ("identical", match.Identical ? "yes" : "no"),
    ];
}
