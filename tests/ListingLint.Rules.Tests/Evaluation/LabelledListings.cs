using ListingLint.Configuration;
using ListingLint.Diagnostics;
using ListingLint.Testing;
using Newtonsoft.Json.Linq;

namespace ListingLint.Rules.Tests.Evaluation;

/// <summary>Precision and recall of one rule family at warning level over a labelled NDJSON file.</summary>
public sealed record FamilyScore(string Family, int TruePositives, int FalsePositives, int FalseNegatives, IReadOnlyList<string> Mistakes)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public override string ToString() =>
        $"{Family}: precision {Precision:F3} recall {Recall:F3} (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})";
}

/// <summary>
/// Reads tests/eval/data/*.ndjson (a canonical listing per line plus "expected": IDs expected at warning or above),
/// audits each line with every built-in rule, and scores one family (ID prefix such as "LL2") by (listing, ID) pairs.
/// </summary>
public static class LabelledListings
{
    private static readonly RuleTester AllRules =
        RuleTester.ForAssembly(typeof(Shared.NamedValue).Assembly, new AuditConfiguration { Extends = RuleSetName.All });

    public static string DataFile(string name) => Path.Combine(RepositoryPaths.Root, "tests", "eval", "data", name);

    public static FamilyScore Score(string file, string family)
    {
        int tp = 0, fp = 0, fn = 0;
        var mistakes = new List<string>();
        foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
        {
            var labelled = JObject.Parse(line);
            var id = (string)labelled["id"]!;
            var expected = labelled["expected"]!.Values<string>().Where(e => e!.StartsWith(family, StringComparison.Ordinal)).ToHashSet();
            var found = AllRules.Run(line)
                .Where(d => d.Id.StartsWith(family, StringComparison.Ordinal) && d.Severity >= Severity.Warning)
                .Select(d => d.Id)
                .ToHashSet();
            tp += found.Count(expected.Contains);
            var extra = found.Except(expected).Order().ToArray();
            var missed = expected.Except(found).Order().ToArray();
            fp += extra.Length;
            fn += missed.Length;
            if (extra.Length + missed.Length > 0)
                mistakes.Add($"{id}: unexpected [{string.Join(",", extra)}] missed [{string.Join(",", missed)}]");
        }
        return new FamilyScore(family, tp, fp, fn, mistakes);
    }
}
