using System.Buffers.Binary;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Iptc;
using SixLabors.ImageSharp.Metadata.Profiles.Xmp;

namespace ListingLint.ImageTools.Synthetic;

/// <summary>What to write into a generated image's metadata, and the encoders that write it.</summary>
public sealed record Metadata
{
    public static readonly Metadata None = new();

    public string? Make { get; init; }
    public string? Model { get; init; }
    public string? Software { get; init; }
    public string? DateTimeOriginal { get; init; }
    public string? ProcessingSoftware { get; init; }
    public string? CreatorTool { get; init; }
    public string? HistoryAgent { get; init; }
    public bool HistoryAsAttributes { get; init; } = true;
    public string? DigitalSourceType { get; init; }
    public string? OriginatingProgram { get; init; }
    public string? PngSoftware { get; init; }

    public static Metadata Camera(string make = "Canon", string model = "Canon EOS 80D", string? firmware = "Firmware Version 1.0.3") =>
        new() { Make = make, Model = model, Software = firmware, DateTimeOriginal = "2025:03:14 10:21:07" };

    public byte[] Jpeg(Image image, int quality = 88)
    {
        Apply(image);
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream, new JpegEncoder { Quality = quality });
        var bytes = stream.ToArray();
        return ProcessingSoftware is null ? bytes : InsertProcessingSoftware(bytes, ProcessingSoftware);
    }

    public byte[] Png(Image image)
    {
        Apply(image);
        if (PngSoftware is not null)
            image.Metadata.GetPngMetadata().TextData.Add(new PngTextData("Software", PngSoftware, "", ""));
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    private void Apply(Image image)
    {
        image.Metadata.ExifProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IptcProfile = null;
        if (Make is not null || Model is not null || Software is not null || DateTimeOriginal is not null)
        {
            var exif = new ExifProfile();
            if (Make is not null) exif.SetValue(ExifTag.Make, Make);
            if (Model is not null) exif.SetValue(ExifTag.Model, Model);
            if (Software is not null) exif.SetValue(ExifTag.Software, Software);
            if (DateTimeOriginal is not null) exif.SetValue(ExifTag.DateTimeOriginal, DateTimeOriginal);
            image.Metadata.ExifProfile = exif;
        }
        if (CreatorTool is not null || HistoryAgent is not null || DigitalSourceType is not null)
            image.Metadata.XmpProfile = new XmpProfile(Encoding.UTF8.GetBytes(Xmp()));
        if (OriginatingProgram is not null)
        {
            var iptc = new IptcProfile();
            iptc.SetValue(IptcTag.OriginatingProgram, OriginatingProgram);
            image.Metadata.IptcProfile = iptc;
        }
    }

    private string Xmp()
    {
        var creator = CreatorTool is null ? "" : $" xmp:CreatorTool=\"{CreatorTool}\"";
        var source = DigitalSourceType is null ? "" : $"<Iptc4xmpExt:DigitalSourceType>{DigitalSourceType}</Iptc4xmpExt:DigitalSourceType>";
        var history = HistoryAgent is null ? ""
            : HistoryAsAttributes
                ? $"<xmpMM:History><rdf:Seq><rdf:li stEvt:action=\"saved\" stEvt:softwareAgent=\"{HistoryAgent}\"/></rdf:Seq></xmpMM:History>"
                : $"<xmpMM:History><rdf:Seq><rdf:li rdf:parseType=\"Resource\"><stEvt:action>saved</stEvt:action><stEvt:softwareAgent>{HistoryAgent}</stEvt:softwareAgent></rdf:li></rdf:Seq></xmpMM:History>";
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\""
            + " xmlns:stEvt=\"http://ns.adobe.com/xap/1.0/sType/ResourceEvent#\" xmlns:Iptc4xmpExt=\"http://iptc.org/std/Iptc4xmpExt/2008-02-29/\""
            + $"{creator}>{history}{source}</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }

    /// <summary>ImageSharp cannot write EXIF tag 0x000B, so the generator adds its own APP1 segment right after SOI.</summary>
    private static byte[] InsertProcessingSoftware(byte[] jpeg, string software)
    {
        var text = Encoding.ASCII.GetBytes(software + "\0");
        var tiff = new byte[8 + 2 + 12 + 4 + text.Length];
        "II*\0"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(10), 0x000B);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(12), 2);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(14), (uint)text.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(18), 26);
        text.CopyTo(tiff, 26);
        var body = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new byte[4 + body.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(body.Length + 2));
        body.CopyTo(segment, 4);
        return jpeg[..2].Concat(segment).Concat(jpeg[2..]).ToArray();
    }
}
