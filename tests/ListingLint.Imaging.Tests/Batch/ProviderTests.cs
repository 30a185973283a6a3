using ListingLint.Configuration;
using ListingLint.ImageTools.Synthetic;
using ListingLint.Loading;
using ListingLint.Model;
using ListingLint.Model.Images;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;

namespace ListingLint.Imaging.Tests.Batch;

public sealed class ProviderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ll-imaging-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string name, int seed, Action<IImageProcessingContext>? edit = null, ListingLint.ImageTools.Synthetic.Metadata? metadata = null)
    {
        using var image = SyntheticPhoto.Create(seed, 400, 400);
        if (edit is not null)
            image.Mutate(edit);
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, (metadata ?? ListingLint.ImageTools.Synthetic.Metadata.None).Jpeg(image));
    }

    private IReadOnlyList<Listing> Load(string json) =>
        new ListingReader().LoadText(json, "batch.json", _folder).Select(r => r.Listing!).ToArray();

    private static List<object> Run(ImageFactProvider provider, IReadOnlyList<Listing> listings, int which)
    {
        Parallel.ForEach(listings, listing => provider.Observe(listing));
        provider.Complete();
        return provider.GetFacts(listings[which]).ToList();
    }

    [Fact]
    public void CopiesAcrossListingsAndFromTheReferenceCatalog_AreMatched()
    {
        Write("a/front.jpg", 1);
        Write("b/front-copy.jpg", 1, x => x.Flip(FlipMode.Horizontal).Resize(300, 300));
        Write("reference/stock.jpg", 2);
        Write("a/stock-copy.jpg", 2, x => x.Brightness(1.15f));
        Write("c/other.jpg", 3);
        var listings = Load("""
            [ { "id": "A", "seller": "s1", "images": ["a/front.jpg", "a/stock-copy.jpg"] },
              { "id": "B", "seller": "s2", "images": ["b/front-copy.jpg"] },
              { "id": "C", "seller": "s3", "images": ["c/other.jpg"] } ]
            """);
        var provider = new ImageFactProvider(new AuditConfiguration { BaseDirectory = _folder, ReferenceImages = ["reference"] });
        var facts = Run(provider, listings, 0);
        var matches = facts.OfType<ImageMatch>().ToArray();
        var other = Assert.Single(matches, m => m.Scope == ImageMatchScope.OtherListing);
        Assert.Equal((0, "B", "s1", "s2", true), (other.ImageIndex, other.OtherListingId, other.Seller, other.OtherSeller, other.Mirrored));
        var reference = Assert.Single(matches, m => m.Scope == ImageMatchScope.Reference);
        Assert.Equal((1, "reference/stock.jpg"), (reference.ImageIndex, reference.OtherSrc));
        Assert.Empty(provider.GetFacts(listings[2]).OfType<ImageMatch>());
        var gallery = Assert.Single(facts.OfType<ImageGallery>());
        Assert.Equal((2, 2, 2), (gallery.ImageCount, gallery.Analysed, gallery.DistinctViews));
    }

    [Fact]
    public void ObservingAfterComplete_StartsANewBatch()
    {
        Write("a.jpg", 5);
        Write("b.jpg", 5, x => x.Resize(200, 200));
        var provider = new ImageFactProvider(new AuditConfiguration { BaseDirectory = _folder });
        var first = Load("""[ { "id": "A", "images": ["a.jpg"] }, { "id": "B", "images": ["b.jpg"] } ]""");
        Assert.Single(Run(provider, first, 0).OfType<ImageMatch>());
        var second = Load("""[ { "id": "A", "images": ["a.jpg"] } ]""");
        Assert.Empty(Run(provider, second, 0).OfType<ImageMatch>());
    }

    [Fact]
    public void Cache_RoundTrips_AndServesUnchangedFilesWithoutDecoding()
    {
        Write("a.jpg", 7, metadata: ListingLint.ImageTools.Synthetic.Metadata.Camera() with { Software = "Adobe Photoshop 25.0" });
        var cachePath = Path.Combine(_folder, ".listinglint-cache", "images.json");
        var listings = Load("""[ { "id": "A", "images": ["a.jpg"] } ]""");
        var first = new ImageFactProvider(new AuditConfiguration { BaseDirectory = _folder });
        first.UseCache(cachePath);
        var computed = Run(first, listings, 0).OfType<ImageFacts>().Single();
        Assert.True(File.Exists(cachePath));

        var second = new ImageFactProvider(new AuditConfiguration { BaseDirectory = _folder });
        second.UseCache(cachePath);
        Assert.Equal(1, second.Cache!.Count);
        var cached = Run(second, listings, 0).OfType<ImageFacts>().Single();
        Assert.Equal(computed.Hashes, cached.Hashes);
        Assert.Equal((computed.Provenance, computed.Tool, computed.Evidence), (cached.Provenance, cached.Tool, cached.Evidence));
        Assert.Equal(computed.Colours.Shares, cached.Colours.Shares);
    }

    [Fact]
    public void CorruptCacheFile_IsIgnored()
    {
        var cachePath = Path.Combine(_folder, "images.json");
        File.WriteAllText(cachePath, "{ not json");
        Write("a.jpg", 9);
        var provider = new ImageFactProvider(new AuditConfiguration { BaseDirectory = _folder });
        provider.UseCache(cachePath);
        Assert.Single(Run(provider, Load("""{ "id": "A", "images": ["a.jpg"] }"""), 0).OfType<ImageFacts>());
    }
}
