using ListingLint.Imaging.Analysis;
using ListingLint.Model;
using ListingLint.Model.Images;

namespace ListingLint.Imaging;

/// <summary>Builds a listing's <see cref="ImageGallery"/> summary.</summary>
internal static class Gallery
{
    public static ImageGallery Summarise(Listing listing, IReadOnlyList<(ImageRef Image, ImageAnalysis Analysis)> analysed, IReadOnlyList<ImageMatch> sameListing)
    {
        var gallery = new ImageGallery
        {
            ListingId = listing.Id,
            Location = listing.Images.Count > 0 ? listing.At("/images") : listing.Location,
            ImageCount = listing.Images.Count,
            Analysed = analysed.Count,
        };
        // Remote-only galleries (most feeds) have nothing more to count.
        if (analysed.Count == 0)
            return gallery;
        var view = analysed.Select(a => a.Image.Index).ToDictionary(i => i, i => i);
        foreach (var match in sameListing)
            view[match.ImageIndex] = view[match.OtherImageIndex!.Value];
        return gallery with
        {
            CameraOriginals = analysed.Count(a => a.Analysis.Provenance == ImageProvenance.CameraOriginal),
            Edited = analysed.Count(a => a.Analysis.Provenance == ImageProvenance.Edited),
            AiGenerated = analysed.Count(a => a.Analysis.Provenance == ImageProvenance.AiGenerated),
            Unknown = analysed.Count(a => a.Analysis.Provenance == ImageProvenance.Unknown),
            DistinctViews = view.Values.Distinct().Count(),
            Tools = analysed.Select(a => a.Analysis.Tool).OfType<string>().Distinct(StringComparer.Ordinal).ToArray(),
        };
    }
}
