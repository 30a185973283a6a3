using System.Text.Json;
using ListingLint.Configuration;
using ListingLint.Imaging.Analysis;
using ListingLint.Imaging.Indexing;

namespace ListingLint.ImageTools;

/// <summary>
/// Prints the analysis of image files as JSON lines (one per file), a CSV summary with <c>--csv</c>, or the pairs
/// of files judged the same picture with <c>--pairs</c>.
/// </summary>
public static class Inspect
{
    public static int Run(string[] args)
    {
        var csv = args.Contains("--csv");
        var pairs = args.Contains("--pairs");
        var analysed = new List<(string File, ImageAnalysis Analysis)>();
        var analyzer = new ImageAnalyzer(ImageLimits.From(AuditConfiguration.Default));
        if (csv)
            Console.WriteLine("file,provenance,tool,field,value,make,model,width,height,phash,dominant");
        foreach (var file in args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).SelectMany(a => Directory.Exists(a) ? Directory.EnumerateFiles(a, "*", SearchOption.AllDirectories).Order() : (IEnumerable<string>)[a]))
        {
            var a = analyzer.AnalyseFile(file);
            if (pairs)
            {
                analysed.Add((file, a));
                continue;
            }
            if (csv)
                Console.WriteLine(string.Join(",", new object?[] { file, a.Provenance, a.Tool, a.Evidence?.Field, a.Evidence?.Value, a.Make, a.Model, a.Width, a.Height, a.Hashes?.PHash.ToString("x16"), a.Colours?.Dominant }
                    .Select(v => "\"" + (v?.ToString() ?? "").Replace("\"", "'") + "\"")));
            else
                Console.WriteLine(file + " " + JsonSerializer.Serialize(a));
        }
        for (var i = 0; i < analysed.Count; i++)
        {
            for (var j = i + 1; j < analysed.Count; j++)
            {
                var verdict = Similarity.Compare(analysed[i].Analysis, analysed[j].Analysis);
                if (verdict.Same)
                    Console.WriteLine($"{analysed[i].File} ~ {analysed[j].File}: pHash {verdict.Distance} dHash {verdict.DHashDistance} chroma {verdict.Chroma:0.000}{(verdict.Mirrored ? " mirrored" : "")}");
            }
        }
        return 0;
    }
}
