using System.Collections.Concurrent;
using ListingLint.Configuration;
using ListingLint.Engine.Authoring;
using ListingLint.Imaging.Analysis;
using ListingLint.Imaging.Caching;
using ListingLint.Imaging.Indexing;
using ListingLint.Model;
using ListingLint.Model.Images;

namespace ListingLint.Imaging;

/// <summary>
/// Gives every listing facts about its images (<see cref="ImageFacts"/>, <see cref="ImageProblem"/>,
/// <see cref="ImageMatch"/>, <see cref="ImageGallery"/>). In the first pass it analyses the batch's images in
/// parallel; <see cref="Complete"/> indexes them with the reference catalog and finds copies across listings.
/// Observing after <see cref="Complete"/> starts a new batch (a test harness audits many small batches).
/// </summary>
public sealed class ImageFactProvider : IBatchObserver
{
    private readonly AuditConfiguration _configuration;
    private readonly ImageLibrary _library;
    private readonly object _gate = new();
    private ConcurrentBag<BatchImage> _observed = [];
    private IReadOnlyDictionary<string, List<ImageMatch>> _matches = new Dictionary<string, List<ImageMatch>>();
    // Most audits match no image across listings: then no listing needs its key built to look one up.
    private bool _anyMatches;
    private IReadOnlyList<ReferenceImage>? _references;
    private bool _completed;

    public ImageFactProvider(AuditConfiguration configuration)
    {
        _configuration = configuration;
        _library = new ImageLibrary(new ImageAnalyzer(ImageLimits.From(configuration)));
    }

    /// <summary>Keeps analyses in <paramref name="cachePath"/> between runs; null turns the persistent cache off (<c>--no-cache</c>).</summary>
    public void UseCache(string? cachePath) => _library.Cache = cachePath is null ? null : ImageCache.Open(cachePath);

    public ImageCache? Cache => _library.Cache;

    public IReadOnlyCollection<Type> FactTypes { get; } = [typeof(ImageFacts), typeof(ImageProblem), typeof(ImageMatch), typeof(ImageGallery)];

    public bool Observe(Listing listing)
    {
        lock (_gate)
        {
            if (_completed)
            {
                _observed = [];
                _matches = new Dictionary<string, List<ImageMatch>>();
                _anyMatches = false;
                _completed = false;
            }
        }
        var seller = SellerOf.Find(listing);
        var added = false;
        foreach (var image in listing.Images)
        {
            if (image.ResolvedPath is { } path && _library.Get(path) is { IsAnalysed: true } analysis)
            {
                _observed.Add(new BatchImage(KeyOf(listing), listing.Id, seller, image, analysis));
                added = true;
            }
        }
        return added;
    }

    public void Complete()
    {
        _references ??= ReferenceCatalog.Load(_configuration, _library);
        _matches = BatchMatcher.Match(_observed.ToArray(), _references);
        _anyMatches = _matches.Count > 0;
        _library.Cache?.Save();
        lock (_gate)
            _completed = true;
    }

    public IEnumerable<object> GetFacts(Listing listing)
    {
        var facts = new List<object>();
        var analysed = new List<(ImageRef Image, ImageAnalysis Analysis)>();
        // ImageRef.IsMain also holds for an unmarked first image; with an explicit "main" elsewhere, only that one is main.
        var main = listing.Images.FirstOrDefault(i => string.Equals(i.Role, "main", StringComparison.OrdinalIgnoreCase)) ?? listing.Images.FirstOrDefault();
        foreach (var image in listing.Images)
        {
            if (image.OutsideRoot)
            {
                facts.Add(Problem(listing, image, new ImageIssue(ImageProblemKind.OutsideRoot, "the path leaves the folder the audit may read; not opened")));
                continue;
            }
            if (image.ResolvedPath is not { } path)
                continue;
            var analysis = _library.Get(path);
            if (analysis.Failure is { } failure)
                facts.Add(Problem(listing, image, failure));
            if (analysis.Warning is { } warning)
                facts.Add(Problem(listing, image, warning));
            if (analysis.IsAnalysed)
            {
                facts.Add(FactsOf(listing, image, analysis) with { IsMain = ReferenceEquals(image, main) });
                analysed.Add((image, analysis));
            }
        }
        IReadOnlyList<ImageMatch> same = analysed.Count < 2 ? [] : SameListingMatches(listing, analysed);
        facts.AddRange(same);
        if (_anyMatches && _matches.TryGetValue(KeyOf(listing), out var others))
            facts.AddRange(others);
        facts.Add(Gallery.Summarise(listing, analysed, same));
        return facts;
    }

    internal static string KeyOf(Listing listing) => listing.Location.File + "\u0000" + listing.Pointer;

    private static IReadOnlyList<ImageMatch> SameListingMatches(Listing listing, List<(ImageRef Image, ImageAnalysis Analysis)> analysed)
    {
        // A variant's own picture is expected to repeat the main shot in another colour; grey, black and purple
        // versions of one garment hash alike and have the same neutral chromaticity, so they are never paired.
        var variantImages = listing.Variants.Select(v => v.Image).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var matches = new List<ImageMatch>();
        for (var j = 1; j < analysed.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                if (variantImages.Contains(analysed[j].Image.Src) || variantImages.Contains(analysed[i].Image.Src))
                    continue;
                var verdict = Similarity.Compare(analysed[j].Analysis, analysed[i].Analysis);
                if (!verdict.Same)
                    continue;
                matches.Add(new ImageMatch
                {
                    ListingId = listing.Id,
                    ImageIndex = analysed[j].Image.Index,
                    Src = analysed[j].Image.Src,
                    Location = analysed[j].Image.Location,
                    Scope = ImageMatchScope.SameListing,
                    OtherListingId = listing.Id,
                    OtherImageIndex = analysed[i].Image.Index,
                    OtherSrc = analysed[i].Image.Src,
                    Distance = verdict.Distance,
                    DHashDistance = verdict.DHashDistance,
                    Mirrored = verdict.Mirrored,
                    Identical = analysed[j].Analysis.ContentHash == analysed[i].Analysis.ContentHash,
                });
                break;
            }
        }
        return matches;
    }

    private static ImageFacts FactsOf(Listing listing, ImageRef image, ImageAnalysis a) => new()
    {
        ListingId = listing.Id,
        ImageIndex = image.Index,
        Src = image.Src,
        Location = image.Location,
        ResolvedPath = image.ResolvedPath,
        ContentHash = a.ContentHash,
        Format = a.Format,
        Width = a.Width,
        Height = a.Height,
        Provenance = a.Provenance,
        Tool = a.Tool,
        Evidence = a.Evidence,
        Clues = a.Clues,
        Make = a.Make,
        Model = a.Model,
        DateTimeOriginal = a.DateTimeOriginal,
        JpegQuality = a.JpegQuality,
        Hashes = a.Hashes!,
        Colours = a.Colours ?? ColourProfile.None,
    };

    private static ImageProblem Problem(Listing listing, ImageRef image, ImageIssue issue) => new()
    {
        ListingId = listing.Id,
        ImageIndex = image.Index,
        Src = image.Src,
        Location = image.Location,
        Kind = issue.Kind,
        Detail = issue.Detail,
    };
}

internal sealed record BatchImage(string ListingKey, string ListingId, string? Seller, ImageRef Image, ImageAnalysis Analysis);
