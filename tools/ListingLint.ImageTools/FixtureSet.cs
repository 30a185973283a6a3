using ListingLint.ImageTools.Synthetic;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using Meta = ListingLint.ImageTools.Synthetic.Metadata;

namespace ListingLint.ImageTools;

/// <summary>
/// Writes the images the LL4xxx fixtures and docs examples use (<c>fixtures/rules/LL4nnn/images</c>,
/// <c>fixtures/reference-images</c>). Deterministic: run it again and the files come out the same.
/// </summary>
public static class FixtureSet
{
    private const int Side = 820;
    private static readonly Rgb24 RedMug = new(196, 28, 36), BlueMug = new(30, 70, 190);

    public static int Write(string root)
    {
        var rules = Path.Combine(root, "fixtures", "rules");
        var camera = Meta.Camera();
        var photoshop = Meta.Camera() with { Software = "Adobe Photoshop 25.0 (Windows)" };
        var lightroom = new Meta { HistoryAgent = "Adobe Photoshop Lightroom Classic 13.1 (Windows)", HistoryAsAttributes = false };

        Jpeg(rules, "LL4001", "edited-front.jpg", 101, photoshop);
        Jpeg(rules, "LL4001", "edited-side.jpg", 102, lightroom);
        Jpeg(rules, "LL4001", "camera-detail.jpg", 103, camera);
        Jpeg(rules, "LL4001", "stripped-front.jpg", 104, Meta.None);
        Jpeg(rules, "LL4001", "stripped-side.jpg", 105, Meta.None);

        Jpeg(Path.Combine(root, "fixtures"), "reference-images", "competitor-kettle.jpg", 201, Meta.None, folder: "");
        Jpeg(Path.Combine(root, "fixtures"), "reference-images", "stock-headphones.jpg", 202, Meta.None, folder: "");
        Jpeg(rules, "LL4002", "kettle-mirrored.jpg", 201, Meta.None, x => x.Flip(FlipMode.Horizontal).Resize(Side * 3 / 4, Side * 3 / 4));
        Jpeg(rules, "LL4002", "kettle-own-photo.jpg", 203, camera);

        Jpeg(rules, "LL4003", "lamp-front.jpg", 301, camera);
        Jpeg(rules, "LL4003", "lamp-front-again.jpg", 301, camera, x => x.Resize(Side - 20, Side - 20).Brightness(1.1f));
        Jpeg(rules, "LL4003", "lamp-side.jpg", 302, camera);
        Jpeg(rules, "LL4003", "lamp-back.jpg", 303, camera);

        Jpeg(rules, "LL4004", "watch-seller-a.jpg", 401, camera);
        Jpeg(rules, "LL4004", "watch-seller-b.jpg", 401, Meta.None, x => x.Crop(new Rectangle(20, 20, Side - 40, Side - 40)));
        Jpeg(rules, "LL4004", "watch-other-model.jpg", 402, camera);

        Jpeg(rules, "LL4005", "charger-small.jpg", 501, camera, x => x.Resize(500, 500));
        Jpeg(rules, "LL4005", "charger-large.jpg", 501, camera, x => x.Resize(1000, 1000));

        Jpeg(rules, "LL4006", "bottle.jpg", 601, camera);
        var bottle = File.ReadAllBytes(Path.Combine(rules, "LL4006", "images", "bottle.jpg"));
        File.WriteAllBytes(Path.Combine(rules, "LL4006", "images", "bottle-truncated.jpg"), bottle[..(bottle.Length * 2 / 3)]);
        File.WriteAllBytes(Path.Combine(rules, "LL4006", "images", "bottle-garbage.jpg"), Garbage(602, 4096));
        File.WriteAllBytes(Path.Combine(rules, "LL4006", "images", "bottle-bomb.png"), PngBomb(30000, 30000));

        Jpeg(rules, "LL4007", "dress-generated.jpg", 701, new Meta { DigitalSourceType = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia", CreatorTool = "Adobe Firefly" });
        Jpeg(rules, "LL4007", "dress-photo.jpg", 702, camera);

        Jpeg(rules, "LL4008", "mug-red.jpg", 801, camera, colour: RedMug);
        Jpeg(rules, "LL4008", "mug-blue.jpg", 801, camera, colour: BlueMug);
        return 0;
    }

    private static void Jpeg(string parent, string rule, string name, int seed, Meta metadata, Action<IImageProcessingContext>? edit = null, Rgb24? colour = null, string folder = "images")
    {
        var directory = Path.Combine(parent, rule, folder);
        Directory.CreateDirectory(directory);
        using var image = SyntheticPhoto.Create(seed, Side, Side, colour, noiseLevel: 3);
        if (edit is not null)
            image.Mutate(edit);
        File.WriteAllBytes(Path.Combine(directory, name), metadata.Jpeg(image, 80));
    }

    private static byte[] Garbage(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A PNG whose header claims <paramref name="width"/> x <paramref name="height"/> pixels; its data is a stub.</summary>
    public static byte[] PngBomb(int width, int height)
    {
        using var stream = new MemoryStream();
        stream.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(stream, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
                zlib.Write(new byte[1 << 20]);
            Chunk(stream, "IDAT", compressed.ToArray());
        }
        Chunk(stream, "IEND", []);
        return stream.ToArray();
    }

    private static void Chunk(Stream stream, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        stream.Write(typed);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        stream.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
