using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ListingLint.ImageTools.Synthetic;

/// <summary>
/// Deterministic product-like pictures: a light studio background, a shaded main object of a chosen colour and a
/// few props, with sensor-like noise. Each seed gives a different layout, so different seeds are different photos.
/// </summary>
public static class SyntheticPhoto
{
    public static Image<Rgb24> Create(int seed, int width, int height, Rgb24? subject = null, bool plainBackground = true, double noiseLevel = 10)
    {
        var random = new Random(seed);
        var main = subject ?? RandomColour(random);
        var shapes = new List<Shape>
        {
            new(0.3 + random.NextDouble() * 0.4, 0.3 + random.NextDouble() * 0.4, 0.18 + random.NextDouble() * 0.12, 0.18 + random.NextDouble() * 0.15, main, random.Next(2) == 0),
        };
        var props = random.Next(2, 5);
        for (var i = 0; i < props; i++)
            shapes.Add(new(random.NextDouble(), random.NextDouble(), 0.04 + random.NextDouble() * 0.08, 0.04 + random.NextDouble() * 0.08, RandomColour(random), random.Next(2) == 0));
        var (bg1, bg2) = plainBackground
            ? (new Rgb24(250, 250, 250), new Rgb24(236, 236, 238))
            : (RandomColour(random), RandomColour(random));
        var noiseSeed = random.Next();
        var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            var noise = new Random(noiseSeed);
            for (var y = 0; y < height; y++)
            {
                var row = rows.GetRowSpan(y);
                var fy = (double)y / height;
                for (var x = 0; x < width; x++)
                {
                    var fx = (double)x / width;
                    var t = (fx + fy) / 2;
                    double r = bg1.R + (bg2.R - bg1.R) * t, g = bg1.G + (bg2.G - bg1.G) * t, b = bg1.B + (bg2.B - bg1.B) * t;
                    foreach (var s in shapes)
                    {
                        var shade = s.Cover(fx, fy);
                        if (shade > 0)
                            (r, g, b) = (s.Colour.R * shade, s.Colour.G * shade, s.Colour.B * shade);
                    }
                    var n = (noise.NextDouble() - 0.5) * noiseLevel;
                    row[x] = new Rgb24(Clamp(r + n), Clamp(g + n), Clamp(b + n));
                }
            }
        });
        return image;
    }

    public static Rgb24 RandomColour(Random random) => new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));

    private static byte Clamp(double v) => (byte)Math.Clamp(v, 0, 255);

    private sealed record Shape(double X, double Y, double Rx, double Ry, Rgb24 Colour, bool Round)
    {
        // Returns a shading factor (light from the top left) inside the shape, 0 outside.
        public double Cover(double fx, double fy)
        {
            double dx = (fx - X) / Rx, dy = (fy - Y) / Ry;
            var inside = Round ? dx * dx + dy * dy <= 1 : Math.Abs(dx) <= 1 && Math.Abs(dy) <= 1;
            return inside ? 0.75 + 0.25 * (1 - (dx + dy + 2) / 4) : 0;
        }
    }
}
