using ListingLint.Configuration;
using ListingLint.Diagnostics;
using ListingLint.Testing;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace ListingLint.Rules.Tests.Brand;

/// <summary>
/// Precision and recall of the LL3xxx rules at warning level on the hand-labelled listings of
/// <c>tests/eval/data/ll3xxx*.ndjson</c> (each line a listing plus the IDs expected at warning or above).
/// <c>ll3xxx.ndjson</c> was written before the rules; <c>ll3xxx-extra.ndjson</c> and <c>ll3xxx-late.ndjson</c> after them,
/// each before the rules were run on it (late: precision 1.000, recall 0.714 before the two fixes it led to).
/// The <c>-blind*</c> files were written by other authors who never saw the rules (see tests/eval/README.md).
/// </summary>
public class BrandEvaluationTests(ITestOutputHelper output)
{
    // The labels were written on this day; expiry dates in the file are relative to it.
    private const string LabelDay = "2026-11-27";

    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "eval", "data");

    [Fact]
    public void LabelledListings_PrecisionAtLeast90_RecallAtLeast80()
    {
        var configuration = ConfigurationLoader.Parse(
            JObject.Parse($$"""{ "extends": "all", "rules": { "LL3002": { "today": "{{LabelDay}}" } } }"""), "listinglint.json", Folder);
        var tester = RuleTester.ForAssembly(typeof(Shared.NamedValue).Assembly, configuration);
        var total = new Score();
        foreach (var file in Directory.GetFiles(Folder, "ll3xxx*.ndjson").OrderBy(f => f, StringComparer.Ordinal))
        {
            var score = Evaluate(tester, file);
            output.WriteLine($"{Path.GetFileName(file)}: {score}");
            total = total.Add(score);
        }
        output.WriteLine($"all: {total}");

        Assert.True(total.Listings >= 30, $"the labelled set has only {total.Listings} listings");
        Assert.True(total.Precision >= 0.9, $"precision {total.Precision:F3} < 0.9");
        Assert.True(total.Recall >= 0.8, $"recall {total.Recall:F3} < 0.8");
    }

    private Score Evaluate(RuleTester tester, string file)
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0, listings = 0;
        foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
        {
            listings++;
            var expected = JObject.Parse(line)["expected"]!.Values<string>().Select(s => s!).ToHashSet();
            var found = tester.Run(line, Path.GetFileName(file), Folder)
                .Where(d => d.Id.StartsWith("LL3", StringComparison.Ordinal) && d.Severity >= Severity.Warning)
                .Select(d => d.Id)
                .ToHashSet();
            truePositives += found.Intersect(expected).Count();
            falsePositives += found.Except(expected).Count();
            falseNegatives += expected.Except(found).Count();
            if (!found.SetEquals(expected))
                output.WriteLine($"{JObject.Parse(line)["id"]}: expected [{string.Join(",", expected)}] found [{string.Join(",", found)}]");
        }
        return new Score(listings, truePositives, falsePositives, falseNegatives);
    }

    private readonly record struct Score(int Listings, int TruePositives, int FalsePositives, int FalseNegatives)
    {
        public double Precision => TruePositives / (double)Math.Max(1, TruePositives + FalsePositives);

        public double Recall => TruePositives / (double)Math.Max(1, TruePositives + FalseNegatives);

        public Score Add(Score other) => new(Listings + other.Listings, TruePositives + other.TruePositives,
            FalsePositives + other.FalsePositives, FalseNegatives + other.FalseNegatives);

        public override string ToString() =>
            $"{Listings} listings, TP={TruePositives} FP={FalsePositives} FN={FalseNegatives}, precision={Precision:F3} recall={Recall:F3}";
    }
}
