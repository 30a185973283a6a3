using ListingLint.Model.Images;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Iptc;

namespace ListingLint.Imaging.Metadata;

/// <summary>Reads an image's metadata (no pixels) and decides its provenance, keeping the field that proves it.</summary>
internal static class ProvenanceReader
{
    private const string TrainedAlgorithmicMedia = "trainedalgorithmicmedia";

    public static Provenance Read(ImageMetadata metadata, ReadOnlySpan<byte> file)
    {
        var clues = new List<ProvenanceClue>();
        var exif = metadata.ExifProfile;
        var make = Clean(exif?.GetValue(ExifTag.Make)?.Value);
        var model = Clean(exif?.GetValue(ExifTag.Model)?.Value);
        var taken = Clean(exif?.GetValue(ExifTag.DateTimeOriginal)?.Value);
        AddSoftware(clues, "EXIF Software", exif?.GetValue(ExifTag.Software)?.Value);

        int? quality = null;
        if (JpegSegments.IsJpeg(file))
        {
            var segments = JpegSegments.Read(file);
            AddSoftware(clues, "EXIF ProcessingSoftware", segments.ProcessingSoftware);
            AddSoftware(clues, "Photoshop APP13 version info", segments.PhotoshopWriter);
            if (segments.PhotoshopQualityResource && segments.PhotoshopWriter is null)
                clues.Add(new ProvenanceClue("Photoshop APP13 JPEG quality", "Adobe Photoshop", ImageProvenance.Edited));
            quality = QualityOf(metadata);
        }

        var xmpPacket = metadata.XmpProfile?.ToByteArray();
        foreach (var text in PngText(metadata))
        {
            if (text.Keyword == "XML:com.adobe.xmp")
                xmpPacket ??= System.Text.Encoding.UTF8.GetBytes(text.Value);
            else if (text.Keyword.Equals("Software", StringComparison.OrdinalIgnoreCase))
                AddSoftware(clues, "PNG text Software", text.Value);
            else if (text.Keyword is "parameters" or "prompt" or "workflow" && LooksLikeGeneratorSettings(text.Value))
                clues.Add(new ProvenanceClue("PNG text " + text.Keyword, Shorten(text.Value)!, ImageProvenance.AiGenerated));
        }
        var xmp = XmpClues.Parse(xmpPacket);
        AddSoftware(clues, "XMP xmp:CreatorTool", xmp.CreatorTool);
        foreach (var (agent, action) in xmp.History)
            AddSoftware(clues, "XMP xmpMM:History", agent, action is null ? null : $"{agent} ({action})");
        AddSoftware(clues, "XMP photoshop:History", xmp.PhotoshopHistory is null ? null : "Adobe Photoshop", Shorten(xmp.PhotoshopHistory));
        if (xmp.DigitalSourceType is { } source && source.Contains(TrainedAlgorithmicMedia, StringComparison.OrdinalIgnoreCase))
            clues.Add(new ProvenanceClue("XMP Iptc4xmpExt:DigitalSourceType", source, ImageProvenance.AiGenerated));
        foreach (var program in IptcValues(metadata.IptcProfile, IptcTag.OriginatingProgram))
            AddSoftware(clues, "IPTC OriginatingProgram", program);

        return Decide(clues, make, model, taken, quality);
    }

    private static Provenance Decide(List<ProvenanceClue> clues, string? make, string? model, string? taken, int? quality)
    {
        // The IPTC declaration is the authoritative statement; a generator's name is the next best evidence.
        var ai = clues.FirstOrDefault(c => c.Points == ImageProvenance.AiGenerated && c.Field.EndsWith("DigitalSourceType", StringComparison.Ordinal))
                 ?? clues.FirstOrDefault(c => c.Points == ImageProvenance.AiGenerated);
        var edited = clues.FirstOrDefault(c => c.Points == ImageProvenance.Edited);
        var (kind, evidence) = ai is not null ? (ImageProvenance.AiGenerated, ai)
            : edited is not null ? (ImageProvenance.Edited, edited)
            : make is not null || model is not null ? (ImageProvenance.CameraOriginal, new ProvenanceClue("EXIF Make/Model", string.Join(" ", new[] { make, model }.Where(v => v is not null)), ImageProvenance.CameraOriginal))
            : (ImageProvenance.Unknown, null);
        var tool = evidence is null || kind == ImageProvenance.CameraOriginal ? null : ToolOf(evidence);
        return new Provenance(kind, tool, evidence, clues, make, model, taken, quality);
    }

    private static string? ToolOf(ProvenanceClue clue) => SoftwareCatalog.Classify(clue.Value).Tool ?? clue.Field switch
    {
        "XMP Iptc4xmpExt:DigitalSourceType" => "trained algorithmic media",
        _ => clue.Value,
    };

    private static void AddSoftware(List<ProvenanceClue> clues, string field, string? software, string? shown = null)
    {
        var value = Clean(software);
        if (value is null)
            return;
        var (points, _) = SoftwareCatalog.Classify(value);
        clues.Add(new ProvenanceClue(field, shown ?? value, points));
    }

    private static IEnumerable<PngTextData> PngText(ImageMetadata metadata)
    {
        try
        {
            return metadata.GetPngMetadata().TextData ?? [];
        }
        catch (Exception e) when (e is InvalidCastException or NullReferenceException)
        {
            return [];
        }
    }

    private static IEnumerable<string> IptcValues(IptcProfile? profile, IptcTag tag) =>
        profile?.GetValues(tag).Select(v => v.Value).Where(v => !string.IsNullOrWhiteSpace(v)) ?? [];

    private static int? QualityOf(ImageMetadata metadata)
    {
        var quality = metadata.GetJpegMetadata().Quality;
        return quality is > 0 and <= 100 ? quality : null;
    }

    // Stable Diffusion front-ends write their settings ("Steps: 30, Sampler: …") or a node graph into PNG text.
    private static bool LooksLikeGeneratorSettings(string value) =>
        value.Contains("Steps:", StringComparison.Ordinal) && value.Contains("Sampler", StringComparison.Ordinal)
        || value.Contains("\"class_type\"", StringComparison.Ordinal);

    private static string? Clean(string? value)
    {
        var text = value?.Trim('\0', ' ', '\t', '\r', '\n');
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static string? Shorten(string? value) => value is null || value.Length <= 120 ? value : value[..117] + "...";
}

internal sealed record Provenance(
    ImageProvenance Kind, string? Tool, ProvenanceClue? Evidence, IReadOnlyList<ProvenanceClue> Clues,
    string? Make, string? Model, string? DateTimeOriginal, int? JpegQuality);
