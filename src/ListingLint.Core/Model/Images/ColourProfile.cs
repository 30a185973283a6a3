namespace ListingLint.Model.Images;

/// <summary>
/// The colours of an image's subject: the share of each colour family ("red", "blue", "black", …) among the pixels
/// that are not background, the dominant family, and the background family when the border is uniform.
/// </summary>
public sealed record ColourProfile(string? Dominant, string DominantHex, string? Background, IReadOnlyDictionary<string, double> Shares)
{
    public static readonly ColourProfile None = new(null, "", null, new Dictionary<string, double>());

    public double ShareOf(string family) => Shares.TryGetValue(family, out var share) ? share : 0;
}
