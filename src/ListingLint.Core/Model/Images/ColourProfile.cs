namespace ListingLint.Model.Images;

/// <summary>
/// The colours of an image's subject: the share of each colour family ("red", "blue", "black", …) among the pixels
/// that are not background, the dominant family, the background family when the border is uniform, and the mean
/// chromaticity (r/(r+g+b), g/(r+g+b)) of the subject, which brightness changes leave alone.
/// </summary>
public sealed record ColourProfile(string? Dominant, string DominantHex, string? Background, IReadOnlyDictionary<string, double> Shares,
    double ChromaR = 1.0 / 3, double ChromaG = 1.0 / 3)
{
    public static readonly ColourProfile None = new(null, "", null, new Dictionary<string, double>());

    public double ShareOf(string family) => Shares.TryGetValue(family, out var share) ? share : 0;
}
