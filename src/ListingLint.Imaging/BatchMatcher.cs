using System.Collections.Concurrent;
using ListingLint.Imaging.Analysis;
using ListingLint.Imaging.Indexing;
using ListingLint.Model.Images;

namespace ListingLint.Imaging;

/// <summary>Finds, for every image of the batch, the same picture in other listings and in the reference catalog.</summary>
internal static class BatchMatcher
{
    // A picture shared by a whole store (a size chart) would otherwise give every listing a match per other listing.
    private const int MaxMatchesPerImage = 10;

    public static IReadOnlyDictionary<string, List<ImageMatch>> Match(IReadOnlyList<BatchImage> batch, IReadOnlyList<ReferenceImage> references)
    {
        var index = new HashIndex<int>();
        for (var i = 0; i < batch.Count; i++)
            index.Add(batch[i].Analysis.Hashes!.PHash, i);
        for (var r = 0; r < references.Count; r++)
            index.Add(references[r].Analysis.Hashes!.PHash, batch.Count + r);

        var result = new ConcurrentDictionary<string, List<ImageMatch>>(StringComparer.Ordinal);
        Parallel.For(0, batch.Count, i =>
        {
            var image = batch[i];
            var hashes = image.Analysis.Hashes!;
            var candidates = index.Within(hashes.PHash, Similarity.MaxPHashDistance)
                .Concat(index.Within(hashes.PHashMirrored, Similarity.MaxPHashDistance))
                .Select(c => c.Item)
                .Distinct();
            var found = new List<ImageMatch>();
            foreach (var id in candidates)
            {
                if (id < batch.Count && batch[id].ListingKey == image.ListingKey)
                    continue;
                var other = id < batch.Count ? batch[id].Analysis : references[id - batch.Count].Analysis;
                var verdict = Similarity.Compare(image.Analysis, other);
                if (verdict.Same)
                    found.Add(MatchOf(image, id < batch.Count ? batch[id] : null, id < batch.Count ? null : references[id - batch.Count], verdict));
            }
            if (found.Count == 0)
                return;
            var kept = found.GroupBy(m => m.Scope)
                .SelectMany(g => g.OrderBy(m => m.Distance).ThenBy(m => m.OtherListingId, StringComparer.Ordinal).ThenBy(m => m.OtherSrc, StringComparer.Ordinal).Take(MaxMatchesPerImage));
            var list = result.GetOrAdd(image.ListingKey, _ => []);
            lock (list)
                list.AddRange(kept);
        });
        foreach (var list in result.Values)
            list.Sort((a, b) => a.ImageIndex != b.ImageIndex ? a.ImageIndex.CompareTo(b.ImageIndex) : a.Distance.CompareTo(b.Distance));
        return result;
    }

    private static ImageMatch MatchOf(BatchImage image, BatchImage? other, ReferenceImage? reference, Similarity.Verdict verdict) => new()
    {
        ListingId = image.ListingId,
        ImageIndex = image.Image.Index,
        Src = image.Image.Src,
        Location = image.Image.Location,
        Scope = other is null ? ImageMatchScope.Reference : ImageMatchScope.OtherListing,
        OtherListingId = other?.ListingId,
        OtherImageIndex = other?.Image.Index,
        OtherSrc = other?.Image.Src ?? reference!.DisplayPath,
        Seller = image.Seller,
        OtherSeller = other?.Seller,
        Distance = verdict.Distance,
        DHashDistance = verdict.DHashDistance,
        Mirrored = verdict.Mirrored,
        Identical = image.Analysis.ContentHash == (other?.Analysis ?? reference!.Analysis).ContentHash,
    };
}
