using ListingLint.Configuration;
using ListingLint.Diagnostics;
using ListingLint.Testing;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace ListingLint.Rules.Tests.Brand;

/// <summary>
/// Precision and recall of the LL3xxx rules at warning level on the hand-labelled listings of
/// <c>tests/eval/data/ll3xxx.ndjson</c> (each line a listing plus the IDs expected at warning or above).
/// </summary>
public class BrandEvaluationTests(ITestOutputHelper output)
{
    // The labels were written on this day; expiry dates in the file are relative to it.
    private const string LabelDay = "2026-11-27";

    [Fact]
    public void LabelledListings_PrecisionAtLeast90_RecallAtLeast80()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "eval", "data");
        var configuration = ConfigurationLoader.Parse(
            JObject.Parse($$"""{ "extends": "all", "rules": { "LL3002": { "today": "{{LabelDay}}" } } }"""), "listinglint.json", folder);
        var tester = RuleTester.ForAssembly(typeof(Shared.NamedValue).Assembly, configuration);
        int truePositives = 0, falsePositives = 0, falseNegatives = 0, listings = 0;
        foreach (var line in File.ReadLines(Path.Combine(folder, "ll3xxx.ndjson")).Where(l => l.Trim().Length > 0))
        {
            listings++;
            var expected = JObject.Parse(line)["expected"]!.Values<string>().Select(s => s!).ToHashSet();
            var found = tester.Run(line, "ll3xxx.ndjson", folder)
                .Where(d => d.Id.StartsWith("LL3", StringComparison.Ordinal) && d.Severity >= Severity.Warning)
                .Select(d => d.Id)
                .ToHashSet();
            truePositives += found.Intersect(expected).Count();
            falsePositives += found.Except(expected).Count();
            falseNegatives += expected.Except(found).Count();
            if (!found.SetEquals(expected))
                output.WriteLine($"{JObject.Parse(line)["id"]}: expected [{string.Join(",", expected)}] found [{string.Join(",", found)}]");
        }
        var precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        var recall = truePositives / (double)Math.Max(1, truePositives + falseNegatives);
        output.WriteLine($"{listings} listings: TP={truePositives} FP={falsePositives} FN={falseNegatives} precision={precision:F3} recall={recall:F3}");

        Assert.True(listings >= 30, $"the labelled set has only {listings} listings");
        Assert.True(precision >= 0.9, $"precision {precision:F3} < 0.9");
        Assert.True(recall >= 0.8, $"recall {recall:F3} < 0.8");
    }
}
