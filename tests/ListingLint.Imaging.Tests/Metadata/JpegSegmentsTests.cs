using System.Buffers.Binary;
using System.Text;
using ListingLint.Imaging.Metadata;
using ListingLint.ImageTools.Synthetic;

namespace ListingLint.Imaging.Tests.Metadata;

public class JpegSegmentsTests
{
    private static byte[] Jpeg()
    {
        using var image = SyntheticPhoto.Create(21, 64, 64);
        return ListingLint.ImageTools.Synthetic.Metadata.None.Jpeg(image);
    }

    // An APP13 "Photoshop 3.0" segment holding one 8BIM resource with an empty (padded) name.
    private static byte[] WithPhotoshopResource(byte[] jpeg, ushort id, byte[] data)
    {
        var resource = new List<byte>();
        resource.AddRange("8BIM"u8.ToArray());
        resource.AddRange([(byte)(id >> 8), (byte)id, 0, 0]);
        var size = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(size, (uint)data.Length);
        resource.AddRange(size);
        resource.AddRange(data);
        if (data.Length % 2 == 1)
            resource.Add(0);
        var body = "Photoshop 3.0\0"u8.ToArray().Concat(resource).ToArray();
        var segment = new byte[] { 0xFF, 0xED, (byte)((body.Length + 2) >> 8), (byte)(body.Length + 2) }.Concat(body);
        return jpeg[..2].Concat(segment).Concat(jpeg[2..]).ToArray();
    }

    private static byte[] VersionInfo(string writer)
    {
        var name = Encoding.BigEndianUnicode.GetBytes(writer);
        var data = new byte[4 + 1 + 4 + name.Length + 4 + 4];
        data[3] = 1;
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(5), (uint)writer.Length);
        name.CopyTo(data, 9);
        return data;
    }

    [Fact]
    public void PhotoshopVersionInfo_NamesTheWriter()
    {
        var segments = JpegSegments.Read(WithPhotoshopResource(Jpeg(), 0x0421, VersionInfo("Adobe Photoshop")));
        Assert.Equal(("Adobe Photoshop", true), (segments.PhotoshopWriter, segments.HasEndMarker));
    }

    [Fact]
    public void PhotoshopJpegQualityResource_IsNoticed() =>
        Assert.True(JpegSegments.Read(WithPhotoshopResource(Jpeg(), 0x0406, [0, 10, 0, 0, 0, 1, 1])).PhotoshopQualityResource);

    [Fact]
    public void IptcOnlyApp13_IsNoEvidence()
    {
        var segments = JpegSegments.Read(WithPhotoshopResource(Jpeg(), 0x0404, [0x1C, 0x02, 0x00, 0x00, 0x02, 0x00, 0x04]));
        Assert.Equal((null, false), (segments.PhotoshopWriter, segments.PhotoshopQualityResource));
    }

    [Fact]
    public void ResourceClaimingMoreBytesThanTheSegment_IsIgnoredSafely()
    {
        var bytes = WithPhotoshopResource(Jpeg(), 0x0421, VersionInfo("Adobe Photoshop"));
        var size = Array.IndexOf(bytes, (byte)'8') + 8;
        bytes[size] = 0x7F;
        Assert.Null(JpegSegments.Read(bytes).PhotoshopWriter);
    }

    [Fact]
    public void TruncatedScan_HasNoEndMarker()
    {
        var bytes = Jpeg();
        Assert.False(JpegSegments.Read(bytes[..(bytes.Length - 10)]).HasEndMarker);
    }
}
