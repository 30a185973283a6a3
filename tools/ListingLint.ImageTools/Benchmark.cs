using System.Diagnostics;
using ListingLint.Configuration;
using ListingLint.Imaging;
using ListingLint.ImageTools.Synthetic;
using ListingLint.Loading;
using ListingLint.Model;
using ListingLint.Model.Images;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;

namespace ListingLint.ImageTools;

/// <summary>
/// Generates a corpus of product-like photos (every fifth one a near-duplicate of an earlier one) with one listing
/// per photo, then times the image stage cold (empty cache) and warm (cache filled), next to the decode floor of
/// <c>djpeg -scale 1/8 -grayscale</c> on the same files.
/// </summary>
public static class Benchmark
{
    public static int Run(string[] args)
    {
        var count = Option(args, "--count", 1000);
        var size = Option(args, "--size", 2000);
        var directory = Path.GetFullPath(args.SkipWhile(a => a != "--dir").Skip(1).FirstOrDefault() ?? Path.Combine(".bench", $"corpus-{count}-{size}"));
        var jobs = Environment.ProcessorCount;
        var files = Generate(directory, count, size);
        Console.WriteLine($"corpus: {files.Count} JPEGs of {size}x{size} px in {directory}, {files.Sum(f => new FileInfo(Path.Combine(directory, f)).Length) / 1024 / 1024} MB, {jobs} cores");

        var floor = DjpegFloor(directory, files, jobs);
        if (floor is { } seconds)
            Console.WriteLine($"djpeg -scale 1/8 -grayscale: {seconds:0.00} s = {files.Count / seconds:0.0} images/s");
        else
            Console.WriteLine("djpeg not found (apt-get install libjpeg-turbo-progs) — no decode floor");

        var cache = Path.Combine(directory, ".listinglint-cache", "images.json");
        if (File.Exists(cache))
            File.Delete(cache);
        var (cold, matched) = Audit(directory, cache, jobs);
        Console.WriteLine($"first run (empty cache): {cold:0.00} s = {files.Count / cold:0.0} images/s; near-duplicates found for {matched} of {files.Count / 5} planted copies");
        var (warm, _) = Audit(directory, cache, jobs);
        Console.WriteLine($"cached re-run: {warm:0.00} s = {files.Count / warm:0.0} images/s ({cold / warm:0.0}x faster than the first run)");
        if (floor is { } f)
            Console.WriteLine($"first run / djpeg floor = {cold / f:0.0}x");
        return 0;
    }

    private static (double Seconds, int Matched) Audit(string directory, string cache, int jobs)
    {
        var watch = Stopwatch.StartNew();
        var provider = new ImageFactProvider(new AuditConfiguration { BaseDirectory = directory });
        provider.UseCache(cache);
        var listings = new ListingReader().LoadText(File.ReadAllText(Path.Combine(directory, "listings.json")), "listings.json", directory)
            .Select(r => r.Listing).OfType<Listing>().ToArray();
        Parallel.ForEach(listings, new ParallelOptions { MaxDegreeOfParallelism = jobs }, listing => provider.Observe(listing));
        provider.Complete();
        var matched = listings.Where(l => l.Id.StartsWith("copy-", StringComparison.Ordinal))
            .Count(l => provider.GetFacts(l).OfType<ImageMatch>().Any(m => m.Scope == ImageMatchScope.OtherListing && m.OtherListingId == "photo-" + l.Id.Split('-')[2]));
        return (watch.Elapsed.TotalSeconds, matched);
    }

    private static List<string> Generate(string directory, int count, int size)
    {
        Directory.CreateDirectory(directory);
        var names = Enumerable.Range(0, count).Select(i => $"img-{i:D5}.jpg").ToList();
        var edits = new Action<IImageProcessingContext>[]
        {
            x => x.Resize(size * 3 / 4, size * 3 / 4),
            x => x.Brightness(1.2f),
            x => x.Flip(FlipMode.Horizontal),
            x => x.Crop(new Rectangle(size / 40, size / 40, size * 95 / 100, size * 95 / 100)),
        };
        Parallel.For(0, count, i =>
        {
            var path = Path.Combine(directory, names[i]);
            if (File.Exists(path))
                return;
            var copyOf = i % 5 == 4 ? i - 4 : -1;
            using var image = SyntheticPhoto.Create(copyOf >= 0 ? copyOf : i, size, size, noiseLevel: 4);
            if (copyOf >= 0)
                image.Mutate(edits[i / 5 % edits.Length]);
            File.WriteAllBytes(path, Metadata.Camera().Jpeg(image, 85));
        });
        var listings = names.Select((n, i) => i % 5 == 4
            ? $$"""{ "id": "copy-{{i}}-{{i - 4}}", "seller": "copier", "title": "Listing {{i}}", "images": ["{{n}}"] }"""
            : $$"""{ "id": "photo-{{i}}", "seller": "store-{{i % 7}}", "title": "Listing {{i}}", "images": ["{{n}}"] }""");
        File.WriteAllText(Path.Combine(directory, "listings.json"), "[\n" + string.Join(",\n", listings) + "\n]\n");
        return names;
    }

    private static double? DjpegFloor(string directory, List<string> files, int jobs)
    {
        try
        {
            var watch = Stopwatch.StartNew();
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = jobs }, file =>
            {
                using var process = Process.Start(new ProcessStartInfo("djpeg", ["-scale", "1/8", "-grayscale", "-outfile", "/dev/null", Path.Combine(directory, file)])
                    { RedirectStandardError = true, UseShellExecute = false })!;
                process.WaitForExit();
            });
            return watch.Elapsed.TotalSeconds;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value && int.TryParse(value, out var n) ? n : fallback;
}
