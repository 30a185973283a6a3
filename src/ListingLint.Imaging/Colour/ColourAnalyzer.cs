using System.Globalization;
using ListingLint.Imaging.Analysis;
using ListingLint.Model.Images;

namespace ListingLint.Imaging.Colour;

/// <summary>
/// The colour families of an image's subject. When the border is uniform (a studio or white background), pixels
/// close to the border colour are left out, so a red mug on white is "red", not "white".
/// </summary>
internal static class ColourAnalyzer
{
    private const int Ring = 3;
    private const float BackgroundDistance = 40f;
    private const double UniformBorder = 0.8;

    public static ColourProfile Analyse(Thumbnail t)
    {
        const int size = Thumbnail.Size;
        var border = new List<int>();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (x < Ring || y < Ring || x >= size - Ring || y >= size - Ring)
                    border.Add(y * size + x);
            }
        }
        var (br, bg, bb) = (Median(border, t.Red), Median(border, t.Green), Median(border, t.Blue));
        var uniform = border.Count(i => Distance(t, i, br, bg, bb) < BackgroundDistance) >= UniformBorder * border.Count;
        string? background = uniform ? ColourFamilies.Of(br, bg, bb) : null;

        var counts = new Dictionary<string, int>();
        double sr = 0, sg = 0, sb = 0, cr = 0, cg = 0;
        var subject = 0;
        for (var i = 0; i < size * size; i++)
        {
            if (uniform && Distance(t, i, br, bg, bb) < BackgroundDistance)
                continue;
            var family = ColourFamilies.Of(t.Red[i], t.Green[i], t.Blue[i]);
            counts[family] = counts.GetValueOrDefault(family) + 1;
            (sr, sg, sb) = (sr + t.Red[i], sg + t.Green[i], sb + t.Blue[i]);
            var sum = t.Red[i] + t.Green[i] + t.Blue[i] + 1e-3;
            (cr, cg) = (cr + t.Red[i] / sum, cg + t.Green[i] / sum);
            subject++;
        }
        // Under 3% of the frame is too little subject to say anything about its colour.
        if (subject < size * size * 0.03)
            return new ColourProfile(null, "", background, new Dictionary<string, double>());
        var shares = counts.ToDictionary(c => c.Key, c => Math.Round((double)c.Value / subject, 4));
        var dominant = shares.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
        var hex = string.Create(CultureInfo.InvariantCulture, $"#{(int)(sr / subject):x2}{(int)(sg / subject):x2}{(int)(sb / subject):x2}");
        return new ColourProfile(dominant, hex, background, shares, Math.Round(cr / subject, 4), Math.Round(cg / subject, 4));
    }

    private static float Distance(Thumbnail t, int i, float r, float g, float b)
    {
        float dr = t.Red[i] - r, dg = t.Green[i] - g, db = t.Blue[i] - b;
        return MathF.Sqrt(dr * dr + dg * dg + db * db);
    }

    private static float Median(List<int> indices, float[] channel)
    {
        var values = indices.Select(i => channel[i]).OrderBy(v => v).ToArray();
        return values[values.Length / 2];
    }
}
