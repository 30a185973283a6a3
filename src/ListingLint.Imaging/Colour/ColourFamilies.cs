using ListingLint.Model.Images;

namespace ListingLint.Imaging.Colour;

/// <summary>
/// The HSV bounds that put a pixel in a <see cref="ColourFamily"/>. Deliberately coarse: the LL4008 rule only needs
/// to see that "Red" is not what a mostly blue photo shows.
/// </summary>
public static class ColourFamilies
{
    private const string Red = ColourFamily.Red, Orange = ColourFamily.Orange, Yellow = ColourFamily.Yellow, Green = ColourFamily.Green,
        Blue = ColourFamily.Blue, Purple = ColourFamily.Purple, Pink = ColourFamily.Pink, Brown = ColourFamily.Brown,
        Black = ColourFamily.Black, White = ColourFamily.White, Grey = ColourFamily.Grey;

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
