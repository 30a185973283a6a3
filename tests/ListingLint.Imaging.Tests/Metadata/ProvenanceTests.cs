using ListingLint.Imaging.Analysis;
using ListingLint.ImageTools.Synthetic;
using ListingLint.Model.Images;

namespace ListingLint.Imaging.Tests.Metadata;

public class ProvenanceTests
{
    private static readonly ImageAnalyzer Analyzer = new(new ImageLimits(50_000_000, 50_000_000, TimeSpan.FromSeconds(20)));

    private static ImageAnalysis Jpeg(ListingLint.ImageTools.Synthetic.Metadata metadata)
    {
        using var image = SyntheticPhoto.Create(7, 200, 160);
        return Analyzer.Analyse(metadata.Jpeg(image));
    }

    [Fact]
    public void CameraMakeModel_WithFirmwareSoftware_IsCameraOriginal()
    {
        var a = Jpeg(ListingLint.ImageTools.Synthetic.Metadata.Camera());
        Assert.Equal(ImageProvenance.CameraOriginal, a.Provenance);
        Assert.Equal(("Canon", "Canon EOS 80D"), (a.Make, a.Model));
        Assert.Equal("EXIF Make/Model", a.Evidence!.Field);
        Assert.Equal("2025:03:14 10:21:07", a.DateTimeOriginal);
        Assert.Contains(a.Clues, c => c.Field == "EXIF Software" && c.Points == ImageProvenance.Unknown);
        Assert.InRange(a.JpegQuality!.Value, 80, 95);
    }

    [Fact]
    public void ExifSoftwarePhotoshop_OverCameraMake_IsEdited()
    {
        var a = Jpeg(ListingLint.ImageTools.Synthetic.Metadata.Camera() with { Software = "Adobe Photoshop 25.0 (Windows)" });
        Assert.Equal(ImageProvenance.Edited, a.Provenance);
        Assert.Equal("Adobe Photoshop", a.Tool);
        Assert.Equal(("EXIF Software", "Adobe Photoshop 25.0 (Windows)"), (a.Evidence!.Field, a.Evidence.Value));
    }

    [Fact]
    public void ProcessingSoftware_ReadFromTheRawIfd0()
    {
        var a = Jpeg(new() { ProcessingSoftware = "Adobe Photoshop Lightroom Classic 13.1" });
        Assert.Equal(ImageProvenance.Edited, a.Provenance);
        Assert.Equal("Adobe Lightroom", a.Tool);
        Assert.Equal("EXIF ProcessingSoftware", a.Evidence!.Field);
    }

    [Fact]
    public void XmpCreatorTool_AttributeForm_IsEdited()
    {
        var a = Jpeg(new() { CreatorTool = "GIMP 2.10" });
        Assert.Equal((ImageProvenance.Edited, "GIMP", "XMP xmp:CreatorTool"), (a.Provenance, a.Tool, a.Evidence!.Field));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void XmpHistorySoftwareAgent_ElementAndAttributeForms_AreEdited(bool attributes)
    {
        var a = Jpeg(new() { HistoryAgent = "Adobe Photoshop 24.1 (Macintosh)", HistoryAsAttributes = attributes });
        Assert.Equal((ImageProvenance.Edited, "XMP xmpMM:History"), (a.Provenance, a.Evidence!.Field));
        Assert.Equal("Adobe Photoshop 24.1 (Macintosh) (saved)", a.Evidence.Value);
    }

    [Fact]
    public void IptcOriginatingProgram_IsEdited()
    {
        var a = Jpeg(new() { OriginatingProgram = "Capture One 23" });
        Assert.Equal((ImageProvenance.Edited, "Capture One", "IPTC OriginatingProgram"), (a.Provenance, a.Tool, a.Evidence!.Field));
    }

    [Fact]
    public void DigitalSourceTypeTrainedAlgorithmicMedia_IsAiGenerated()
    {
        var a = Jpeg(new() { DigitalSourceType = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia", CreatorTool = "Adobe Photoshop 25.0" });
        Assert.Equal(ImageProvenance.AiGenerated, a.Provenance);
        Assert.Equal("XMP Iptc4xmpExt:DigitalSourceType", a.Evidence!.Field);
    }

    [Fact]
    public void PngSoftwareText_IsEdited()
    {
        using var image = SyntheticPhoto.Create(3, 120, 120);
        var a = Analyzer.Analyse(new ListingLint.ImageTools.Synthetic.Metadata { PngSoftware = "GIMP 2.10.36" }.Png(image));
        Assert.Equal((ImageProvenance.Edited, "GIMP", "PNG text Software", "png"), (a.Provenance, a.Tool, a.Evidence!.Field, a.Format));
    }

    [Fact]
    public void StrippedMetadata_IsUnknown()
    {
        var a = Jpeg(ListingLint.ImageTools.Synthetic.Metadata.None);
        Assert.Equal(ImageProvenance.Unknown, a.Provenance);
        Assert.Null(a.Evidence);
        Assert.Empty(a.Clues);
    }

    [Fact]
    public void VendorTransferToolOnly_IsUnknownNotEdited()
    {
        var a = Jpeg(new() { Software = "ViewNX 2.10 W" });
        Assert.Equal(ImageProvenance.Unknown, a.Provenance);
    }

    [Fact]
    public void XmpPacketEndingInNul_IsStillRead()
    {
        using var image = SyntheticPhoto.Create(8, 120, 120);
        var packet = System.Text.Encoding.UTF8.GetBytes(
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"><xmp:CreatorTool>Adobe Photoshop CS5 Macintosh</xmp:CreatorTool>"
            + "</rdf:Description></rdf:RDF></x:xmpmeta>   \0");
        image.Metadata.XmpProfile = new SixLabors.ImageSharp.Metadata.Profiles.Xmp.XmpProfile(packet);
        using var stream = new MemoryStream();
        SixLabors.ImageSharp.ImageExtensions.SaveAsJpeg(image, stream);
        var a = Analyzer.Analyse(stream.ToArray());
        Assert.Equal((ImageProvenance.Edited, "XMP xmp:CreatorTool"), (a.Provenance, a.Evidence!.Field));
    }
}
