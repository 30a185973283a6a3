using System.Text.Json;
using ListingLint.Configuration;
using ListingLint.Imaging.Analysis;

namespace ListingLint.ImageTools;

/// <summary>Prints the analysis of image files as JSON lines (one per file), or a CSV summary with <c>--csv</c>.</summary>
public static class Inspect
{
    public static int Run(string[] args)
    {
        var csv = args.Contains("--csv");
        var analyzer = new ImageAnalyzer(ImageLimits.From(AuditConfiguration.Default));
        if (csv)
            Console.WriteLine("file,provenance,tool,field,value,make,model,width,height,phash,dominant");
        foreach (var file in args.Where(a => a != "--csv").SelectMany(a => Directory.Exists(a) ? Directory.EnumerateFiles(a, "*", SearchOption.AllDirectories).Order() : (IEnumerable<string>)[a]))
        {
            var a = analyzer.AnalyseFile(file);
            if (csv)
                Console.WriteLine(string.Join(",", new object?[] { file, a.Provenance, a.Tool, a.Evidence?.Field, a.Evidence?.Value, a.Make, a.Model, a.Width, a.Height, a.Hashes?.PHash.ToString("x16"), a.Colours?.Dominant }
                    .Select(v => "\"" + (v?.ToString() ?? "").Replace("\"", "'") + "\"")));
            else
                Console.WriteLine(file + " " + JsonSerializer.Serialize(a));
        }
        return 0;
    }
}
