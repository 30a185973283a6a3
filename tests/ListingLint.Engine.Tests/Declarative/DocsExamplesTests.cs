using System.Text.RegularExpressions;
using ListingLint.Configuration;
using ListingLint.Engine.Declarative;
using ListingLint.Testing;
using NJsonSchema;

namespace ListingLint.Engine.Tests.Declarative;

/// <summary>
/// Runs docs/custom-rules.md: every rule file loads and passes the JSON Schema, every "Fires on (ID at pointer)"
/// listing fires there, every "Stays quiet on" listing does not, and every broken file is refused as documented.
/// </summary>
public partial class DocsExamplesTests
{
    private static readonly string Root = FindRoot();
    private static readonly string Page = Path.Combine(Root, "docs", "custom-rules.md");
    private static readonly JsonSchema Schema = JsonSchema.FromFileAsync(Path.Combine(Root, "docs", "schemas", "listinglint-rules.schema.json")).GetAwaiter().GetResult();

    private sealed record Block(string Label, string Text);

    [Fact]
    public void RuleFiles_LoadAndMatchTheSchema()
    {
        var files = Blocks().Where(b => b.Label == "Rule file:").ToArray();

        Assert.True(files.Length >= 5, "the page should show rule files");
        foreach (var file in files)
        {
            Assert.NotEmpty(RuleFileReader.Parse(file.Text, "docs/custom-rules.md"));
            Assert.Empty(Schema.Validate(file.Text));
        }
    }

    [Fact]
    public void Examples_FireAndStayQuietAsDocumented()
    {
        RuleTester? tester = null;
        var checkedListings = 0;
        foreach (var block in Blocks())
        {
            if (block.Label == "Rule file:")
            {
                tester = ForText(block.Text);
                continue;
            }
            if (FiresLabel().Match(block.Label) is { Success: true } fires)
            {
                var pointer = fires.Groups["pointer"].Value == "the listing" ? "" : fires.Groups["pointer"].Value;
                tester!.Fires(block.Text, fires.Groups["id"].Value, pointer);
                checkedListings++;
            }
            else if (block.Label == "Stays quiet on:")
            {
                tester!.Quiet(block.Text);
                checkedListings++;
            }
        }
        Assert.True(checkedListings >= 8, $"only {checkedListings} example listings found");
    }

    [Fact]
    public void BrokenExamples_AreRefusedWithTheDocumentedProblem()
    {
        var blocks = Blocks().ToList();
        var broken = blocks.Select((b, i) => (b, i)).Where(p => p.b.Label == "Broken rule file:").ToArray();

        Assert.NotEmpty(broken);
        foreach (var (block, index) in broken)
        {
            var expected = blocks[index + 1];
            Assert.Equal("Refused with:", expected.Label);
            var error = Assert.Throws<ConfigurationException>(() => RuleFileReader.Parse(block.Text, "acme.rules.json"));
            Assert.Contains(expected.Text.Trim(), error.Problem);
            Assert.NotEmpty(Schema.Validate(block.Text));
        }
    }

    private static RuleTester ForText(string rulesJson)
    {
        var path = Path.Combine(Path.GetTempPath(), $"listinglint-docs-{Guid.NewGuid():N}.rules.json");
        File.WriteAllText(path, rulesJson);
        try
        {
            return RuleTester.ForRuleFile(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Fenced json/text blocks with the paragraph line just before each.</summary>
    private static IEnumerable<Block> Blocks()
    {
        var lines = File.ReadAllLines(Page);
        var label = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] is "```json" or "```text")
            {
                var end = Array.IndexOf(lines, "```", i + 1);
                yield return new Block(label, string.Join("\n", lines[(i + 1)..end]));
                i = end;
                label = "";
            }
            else if (lines[i].Trim().Length > 0)
            {
                label = lines[i].Trim();
            }
        }
    }

    [GeneratedRegex(@"^Fires on \((?<id>\w+) at (?<pointer>.+)\):$")]
    private static partial Regex FiresLabel();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ListingLint.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("ListingLint.sln not found above " + AppContext.BaseDirectory);
    }
}
