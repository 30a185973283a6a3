using System.Globalization;
using ListingLint.Model.Images;

namespace ListingLint.Imaging;

/// <summary>
/// Renders a listing's image facts for <c>listinglint inspect</c>: per image, provenance with every clue, hashes,
/// colours, problems and matches, so a reviewer can see why an LL4xxx rule fired.
/// </summary>
public static class ImageFactsText
{
    public static void Render(IEnumerable<object> facts, TextWriter output)
    {
        var all = facts.ToArray();
        var byImage = all.OfType<ImageFacts>().Select(f => f.ImageIndex)
            .Concat(all.OfType<ImageProblem>().Select(p => p.ImageIndex))
            .Distinct().Order();
        foreach (var index in byImage)
        {
            var fact = all.OfType<ImageFacts>().FirstOrDefault(f => f.ImageIndex == index);
            var src = fact?.Src ?? all.OfType<ImageProblem>().First(p => p.ImageIndex == index).Src;
            output.WriteLine($"  image {index}: {src}{(fact?.IsMain == true ? " (main)" : "")}");
            if (fact is not null)
                RenderFacts(fact, output);
            foreach (var problem in all.OfType<ImageProblem>().Where(p => p.ImageIndex == index))
                output.WriteLine($"    problem: {problem.Kind}: {problem.Detail}");
            foreach (var match in all.OfType<ImageMatch>().Where(m => m.ImageIndex == index))
                output.WriteLine($"    same picture as {Describe(match)}: pHash distance {match.Distance}, dHash distance {match.DHashDistance}{(match.Mirrored ? ", mirrored" : "")}{(match.Identical ? ", identical file" : "")}");
        }
        foreach (var gallery in all.OfType<ImageGallery>())
            output.WriteLine($"  gallery: {gallery.ImageCount} images, {gallery.Analysed} analysed, {gallery.CameraOriginals} camera originals, {gallery.Edited} edited, {gallery.AiGenerated} AI-generated, {gallery.Unknown} unknown, {gallery.DistinctViews} distinct views");
    }

    private static void RenderFacts(ImageFacts f, TextWriter output)
    {
        output.WriteLine($"    {f.Format} {f.Width}x{f.Height}{(f.JpegQuality is { } q ? $" quality~{q}" : "")} sha256 {f.ContentHash[..16]}…");
        output.WriteLine($"    provenance: {f.Provenance}{(f.Tool is null ? "" : $" ({f.Tool})")}{(f.Evidence is null ? "" : $" — evidence {f.Evidence.Field}={f.Evidence.Value}")}");
        if (f.Make is not null || f.Model is not null)
            output.WriteLine($"    camera: {f.Make} {f.Model}{(f.DateTimeOriginal is null ? "" : $", taken {f.DateTimeOriginal}")}");
        foreach (var clue in f.Clues)
            output.WriteLine($"    clue: {clue.Field}={clue.Value} → {clue.Points}");
        output.WriteLine($"    hashes: pHash {f.Hashes.PHash:x16} (mirrored {f.Hashes.PHashMirrored:x16}), dHash {f.Hashes.DHash:x16} (mirrored {f.Hashes.DHashMirrored:x16})");
        var shares = string.Join(", ", f.Colours.Shares.OrderByDescending(s => s.Value).Take(4).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value:P0}")));
        output.WriteLine($"    colours: {f.Colours.Dominant ?? "no clear subject"} (average {f.Colours.DominantHex}, background {f.Colours.Background ?? "not uniform"}): {shares}");
    }

    private static string Describe(ImageMatch match) => match.Scope switch
    {
        ImageMatchScope.SameListing => $"image {match.OtherImageIndex} ({match.OtherSrc}) of this listing",
        ImageMatchScope.OtherListing => $"'{match.OtherSrc}' of listing {match.OtherListingId}{(match.OtherSeller is null ? "" : $" (seller {match.OtherSeller})")}",
        _ => $"reference image '{match.OtherSrc}'",
    };
}
