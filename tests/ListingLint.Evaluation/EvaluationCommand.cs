using System.Globalization;
using ListingLint.Configuration;
using ListingLint.Engine.Hosting;

namespace ListingLint.Evaluation;

/// <summary>
/// <c>dotnet run --project tests/ListingLint.Evaluation -- [--config listinglint.json] [--show] &lt;folders or .ndjson files…&gt;</c>:
/// audits labelled listings with the built-in rules and prints TP/FP/FN, precision and recall per rule and per family;
/// <c>--show</c> also prints every finding, info included.
/// </summary>
public static class EvaluationCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        AuditConfiguration? configuration = null;
        var paths = new List<string>();
        var show = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--show")
                show = true;
            else if (args[i] == "--config" && i + 1 < args.Length)
                configuration = ConfigurationLoader.Load(args[++i]);
            else
                paths.Add(args[i]);
        }
        // A labelled folder may carry its listinglint.json: the data's labels assume its settings (LL3002's "today"
        // is the day the authorizations were labelled, so that expired and valid stay what the labels say).
        var folderConfig = paths.Where(Directory.Exists).Select(p => Path.Combine(p, "listinglint.json")).FirstOrDefault(File.Exists);
        configuration ??= folderConfig is null ? AuditConfiguration.Default : ConfigurationLoader.Load(folderConfig);
        var files = paths.SelectMany(Expand).ToArray();
        if (files.Length == 0)
        {
            output.WriteLine("usage: ListingLint.Evaluation [--config FILE] [--show] <folder or .ndjson file>...");
            return 2;
        }

        var (listings, errors) = LabelledListing.Read(files);
        foreach (var error in errors)
            output.WriteLine("error: " + error);
        var engine = AuditEngine.Create(RuleCatalog.Discover(RuleAssemblies.All), configuration);
        var audited = listings.Select(l => (Labelled: l, Diagnostics: engine.Audit(l.Listing))).ToArray();
        var results = audited.Select(a => (a.Labelled, Reported: LabelledListing.Reported(a.Diagnostics))).ToArray();
        if (show)
        {
            foreach (var (labelled, diagnostics) in audited)
            {
                foreach (var d in diagnostics)
                    output.WriteLine($"{labelled.Listing.Id} {d.Id} {d.Severity} {d.Location.Pointer}: {d.Message} [{d.Evidence}]");
            }
        }

        output.WriteLine($"{listings.Count} labelled listings from {files.Length} file(s): {string.Join(", ", files.Select(Path.GetFileName))}");
        output.WriteLine("Counted: findings at warning or error, not suppressed." + (configuration.FilePath is { } used ? $" Configuration: {used}." : ""));
        var ids = results.SelectMany(r => r.Labelled.Expected.Concat(r.Reported)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray();
        var families = ids.Select(Family).Distinct().ToArray();
        output.WriteLine();
        output.WriteLine($"{"rule",-8} {"TP",4} {"FP",4} {"FN",4} {"precision",10} {"recall",8}");
        foreach (var id in ids)
            Print(output, id, Tally(results, r => r.Contains(id, StringComparer.OrdinalIgnoreCase)));
        foreach (var family in families)
            Print(output, family, Tally(results, r => r.Any(id => Family(id) == family)));
        Print(output, "all", Tally(results, r => r.Any(), perId: true));

        output.WriteLine();
        foreach (var (labelled, reported) in results)
        {
            foreach (var id in reported.Except(labelled.Expected, StringComparer.OrdinalIgnoreCase))
                output.WriteLine($"FP {id} {labelled.Listing.Id} ({labelled.File}): {labelled.Listing.Title}");
            foreach (var id in labelled.Expected.Except(reported, StringComparer.OrdinalIgnoreCase))
                output.WriteLine($"FN {id} {labelled.Listing.Id} ({labelled.File}): {labelled.Listing.Title}");
        }
        return errors.Count > 0 ? 1 : 0;

        Score Tally(IEnumerable<(LabelledListing Labelled, IReadOnlySet<string> Reported)> rows, Func<IEnumerable<string>, bool> selects, bool perId = false)
        {
            var score = new Score();
            foreach (var (labelled, reported) in rows)
            {
                if (perId)
                {
                    foreach (var id in ids)
                        score.Add(labelled.Expected.Contains(id), reported.Contains(id));
                }
                else
                {
                    score.Add(selects(labelled.Expected), selects(reported));
                }
            }
            return score;
        }
    }

    private static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path)
            ? Directory.GetFiles(path, "*.ndjson", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)
            : [path];

    /// <summary>"LL1002" → "LL1xxx"; a custom prefix keeps its letters ("ACME001" → "ACMExxx").</summary>
    private static string Family(string id)
    {
        var digits = id.TakeWhile(c => !char.IsAsciiDigit(c)).Count();
        return digits < id.Length ? id[..(digits + 1)] + "xxx" : id;
    }

    private static void Print(TextWriter output, string name, Score score) =>
        output.WriteLine($"{name,-8} {score.TruePositives,4} {score.FalsePositives,4} {score.FalseNegatives,4} {Percent(score.Precision),10} {Percent(score.Recall),8}");

    private static string Percent(double? value) => value is { } v ? v.ToString("P0", CultureInfo.InvariantCulture) : "-";
}
