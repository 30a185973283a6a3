namespace ListingLint.Imaging.Colour;

/// <summary>
/// Colour families a buyer names, with the HSV bounds that put a pixel in one. Deliberately coarse: the LL4008 rule
/// only needs to see that "Red" is not what a mostly blue photo shows.
/// </summary>
public static class ColourFamilies
{
    public const string Red = "red", Orange = "orange", Yellow = "yellow", Green = "green", Blue = "blue", Purple = "purple",
        Pink = "pink", Brown = "brown", Black = "black", White = "white", Grey = "grey";

    /// <summary>Families that photos and names easily confuse (lighting, dye, camera white balance).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Neighbours = new Dictionary<string, string[]>
    {
        [Red] = [Pink, Orange, Brown, Purple],
        [Orange] = [Red, Yellow, Brown, Pink],
        [Yellow] = [Orange, Green, Brown],
        [Green] = [Yellow, Blue],
        [Blue] = [Green, Purple, Grey],
        [Purple] = [Blue, Pink, Red],
        [Pink] = [Red, Purple, Orange, White],
        [Brown] = [Orange, Red, Yellow, Black, Grey],
        [Black] = [Grey, Brown, Blue],
        [White] = [Grey, Pink, Yellow],
        [Grey] = [Black, White, Blue, Brown],
    };

    public static string Of(float r, float g, float b)
    {
        var max = Math.Max(r, Math.Max(g, b)) / 255f;
        var min = Math.Min(r, Math.Min(g, b)) / 255f;
        var value = max;
        var saturation = max <= 0 ? 0 : (max - min) / max;
        if (value < 0.18f || value < 0.3f && saturation < 0.35f)
            return Black;
        if (saturation < 0.18f)
            return value > 0.85f ? White : Grey;
        var hue = Hue(r, g, b);
        if (hue is >= 15 and < 45 && value < 0.6f)
            return Brown;
        return hue switch
        {
            < 12 or >= 340 => saturation < 0.45f && value > 0.75f ? Pink : Red,
            < 40 => Orange,
            < 68 => Yellow,
            < 165 => Green,
            < 255 => Blue,
            < 290 => Purple,
            _ => Pink,
        };
    }

    private static float Hue(float r, float g, float b)
    {
        var max = Math.Max(r, Math.Max(g, b));
        var min = Math.Min(r, Math.Min(g, b));
        var delta = max - min;
        if (delta <= 0)
            return 0;
        float hue = max == r ? (g - b) / delta % 6 : max == g ? (b - r) / delta + 2 : (r - g) / delta + 4;
        hue *= 60;
        return hue < 0 ? hue + 360 : hue;
    }
}
