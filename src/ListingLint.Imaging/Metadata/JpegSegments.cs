using System.Buffers.Binary;
using System.Text;

namespace ListingLint.Imaging.Metadata;

/// <summary>
/// What ImageSharp 2.1 does not surface from a JPEG: EXIF ProcessingSoftware (IFD0 tag 0x000B), Photoshop's APP13
/// image resources, and whether the end-of-image marker follows the scan data (a truncated upload lacks it).
/// </summary>
internal sealed record JpegSegments(string? ProcessingSoftware, string? PhotoshopWriter, bool PhotoshopQualityResource, bool HasEndMarker)
{
    private const int ProcessingSoftwareTag = 0x000B;
    private const int VersionInfoResource = 0x0421;
    private const int JpegQualityResource = 0x0406;

    public static bool IsJpeg(ReadOnlySpan<byte> data) => data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;

    public static JpegSegments Read(ReadOnlySpan<byte> data)
    {
        string? processing = null, writer = null;
        var quality = false;
        var position = 2;
        while (position + 4 <= data.Length)
        {
            if (data[position] != 0xFF)
                break;
            var marker = data[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }
            if (marker is 0xD8 or 0x01 || marker is >= 0xD0 and <= 0xD7)
            {
                position += 2;
                continue;
            }
            if (marker == 0xD9)
                return new(processing, writer, quality, true);
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 2)..]);
            if (length < 2 || position + 2 + length > data.Length)
                break;
            var body = data.Slice(position + 4, length - 2);
            if (marker == 0xDA)
                return new(processing, writer, quality, HasEndAfter(data, position + 2 + length));
            if (marker == 0xE1 && body.StartsWith("Exif\0\0"u8))
                processing ??= TiffAscii(body[6..], ProcessingSoftwareTag);
            else if (marker == 0xED && body.StartsWith("Photoshop 3.0\0"u8))
                ReadPhotoshopResources(body[14..], ref writer, ref quality);
            position += 2 + length;
        }
        return new(processing, writer, quality, false);
    }

    // Inside entropy-coded data 0xFF is always followed by 0x00 or a restart marker, so FF D9 only occurs as the end marker.
    private static bool HasEndAfter(ReadOnlySpan<byte> data, int start)
    {
        var rest = data[Math.Min(start, data.Length)..];
        return rest.IndexOf([(byte)0xFF, (byte)0xD9]) >= 0;
    }

    /// <summary>An ASCII value of IFD0 in a TIFF structure (EXIF payload), bounds-checked.</summary>
    internal static string? TiffAscii(ReadOnlySpan<byte> tiff, int tag)
    {
        if (tiff.Length < 8)
            return null;
        var little = tiff[0] == (byte)'I' && tiff[1] == (byte)'I';
        if (!little && !(tiff[0] == (byte)'M' && tiff[1] == (byte)'M'))
            return null;
        uint U32(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt32LittleEndian(s) : BinaryPrimitives.ReadUInt32BigEndian(s);
        ushort U16(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);
        var ifd = U32(tiff[4..]);
        if (ifd > tiff.Length - 2)
            return null;
        int count = U16(tiff[(int)ifd..]);
        for (var i = 0; i < count; i++)
        {
            var entry = (int)ifd + 2 + i * 12;
            if (entry + 12 > tiff.Length)
                return null;
            if (U16(tiff[entry..]) != tag || U16(tiff[(entry + 2)..]) != 2)
                continue;
            var size = U32(tiff[(entry + 4)..]);
            if (size > 4096)
                return null;
            var offset = size <= 4 ? (uint)entry + 8 : U32(tiff[(entry + 8)..]);
            if (offset + size > tiff.Length)
                return null;
            var text = Encoding.Latin1.GetString(tiff.Slice((int)offset, (int)size)).TrimEnd('\0', ' ');
            return text.Length > 0 ? text : null;
        }
        return null;
    }

    private static void ReadPhotoshopResources(ReadOnlySpan<byte> data, ref string? writer, ref bool quality)
    {
        var position = 0;
        while (position + 12 <= data.Length && data[position..].StartsWith("8BIM"u8))
        {
            var id = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 4)..]);
            var nameLength = data[position + 6];
            var nameTotal = (1 + nameLength + 1) & ~1;
            var sizeAt = position + 6 + nameTotal;
            if (sizeAt + 4 > data.Length)
                return;
            var size = BinaryPrimitives.ReadUInt32BigEndian(data[sizeAt..]);
            var start = sizeAt + 4;
            if (size > data.Length - start)
                return;
            var resource = data.Slice(start, (int)size);
            if (id == VersionInfoResource)
                writer ??= VersionInfoWriter(resource);
            else if (id == JpegQualityResource)
                quality = true;
            position = start + (int)((size + 1) & ~1u);
        }
    }

    // Version info: uint32 version, byte hasRealMergedData, then the writer's name as a length-prefixed UTF-16BE string.
    private static string? VersionInfoWriter(ReadOnlySpan<byte> resource)
    {
        if (resource.Length < 9)
            return null;
        var chars = BinaryPrimitives.ReadUInt32BigEndian(resource[5..]);
        if (chars == 0 || chars > 256 || 9 + chars * 2 > resource.Length)
            return null;
        var name = Encoding.BigEndianUnicode.GetString(resource.Slice(9, (int)chars * 2)).TrimEnd('\0');
        return name.Length > 0 ? name : null;
    }
}
