using System.Text;
using ListingLint.Configuration;

namespace ListingLint.Cli.Tests;

/// <summary>The README's rule table is generated from the rule catalog; run with UPDATE_README=1 to rewrite it.</summary>
public class ReadmeRuleTableTests
{
    private const string Start = "<!-- rules:start -->";
    private const string End = "<!-- rules:end -->";

    [Fact]
    public void ReadmeRuleTable_IsCurrent()
    {
        var readme = Path.Combine(CliRunner.Root, "README.md");
        var text = File.ReadAllText(readme);
        var from = text.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var to = text.IndexOf(End, StringComparison.Ordinal);
        var expected = "\n" + Table() + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_README") == "1")
            File.WriteAllText(readme, text[..from] + expected + text[to..]);
        else
            Assert.Equal(expected, text[from..to].ReplaceLineEndings("\n"));
    }

    private static string Table()
    {
        var catalog = RuleSources.Catalog(AuditConfiguration.Default);
        var table = new StringBuilder("| ID | Category | Default | Title |\n|---|---|---|---|\n");
        foreach (var d in catalog.Descriptors)
            table.Append($"| [{d.Id}](rules/docs/{d.Id}.md) | {d.Category} | {(d.EnabledByDefault ? d.DefaultSeverity.ToString().ToLowerInvariant() : "off")} | {d.Title} |\n");
        return table.ToString().TrimEnd('\n');
    }
}
