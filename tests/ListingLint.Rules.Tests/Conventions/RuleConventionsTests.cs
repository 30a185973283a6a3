using ListingLint.Diagnostics;

namespace ListingLint.Rules.Tests.Conventions;

/// <summary>Every built-in rule is four things named by its ID: the rule, its tests, its docs page, its fixtures (STYLE.md).</summary>
public class RuleConventionsTests
{
    private static readonly string[] RequiredHeadings =
        ["## What it looks for", "## Why", "## Examples", "### Fires", "### Does not fire", "## Options", "## How to fix", "## How to suppress"];

    [Fact]
    public void RulesAreDiscovered() => Assert.NotEmpty(BuiltInRules.Catalog.Rules);

    [Theory]
    [MemberData(nameof(BuiltInRules.Ids), MemberType = typeof(BuiltInRules))]
    public void IdIsInItsCategoryRange_AndClassNameStartsWithIt(string id)
    {
        var rule = BuiltInRules.Catalog.Rules.Single(r => r.Name == id);
        Assert.StartsWith(id, rule.Type!.Name);
        foreach (var descriptor in rule.Descriptors)
        {
            Assert.Matches("^LL[0-9]{4}$", descriptor.Id);
            Assert.True(Categories.RangeDigit.TryGetValue(descriptor.Category, out var digit), $"{descriptor.Id}: unknown category {descriptor.Category}");
            Assert.Equal(digit, descriptor.Id[2]);
        }
    }

    [Theory]
    [MemberData(nameof(BuiltInRules.Ids), MemberType = typeof(BuiltInRules))]
    public void DocsPageExists_WithRequiredSections_AndHelpLinkPointsAtIt(string id)
    {
        var rule = BuiltInRules.Catalog.Rules.Single(r => r.Name == id);
        foreach (var descriptor in rule.Descriptors)
        {
            var page = Path.Combine(RepositoryPaths.Docs, descriptor.Id + ".md");
            Assert.True(File.Exists(page), $"missing docs page {page}");
            var text = File.ReadAllText(page);
            Assert.StartsWith($"# {descriptor.Id}: ", text);
            foreach (var heading in RequiredHeadings)
                Assert.Contains(heading, text);
            Assert.Equal(DiagnosticDescriptor.BuiltInHelpBase + descriptor.Id + ".md", descriptor.HelpUri);
        }
    }

    [Theory]
    [MemberData(nameof(BuiltInRules.Ids), MemberType = typeof(BuiltInRules))]
    public void TestFileExists(string id)
    {
        var rule = BuiltInRules.Catalog.Rules.Single(r => r.Name == id);
        var files = Directory.GetFiles(RepositoryPaths.RuleTests, rule.Type!.Name + "Tests.cs", SearchOption.AllDirectories);
        Assert.True(files.Length == 1, $"expected one test file {rule.Type.Name}Tests.cs");
    }

    [Theory]
    [MemberData(nameof(BuiltInRules.Ids), MemberType = typeof(BuiltInRules))]
    public void FixturesThatFireAndStayQuietExist(string id)
    {
        var folder = Path.Combine(RepositoryPaths.RuleFixtures, id);
        Assert.True(Directory.Exists(folder), $"missing {folder}");
        Assert.NotEmpty(Directory.GetFiles(folder, "fires-*"));
        Assert.NotEmpty(Directory.GetFiles(folder, "quiet-*"));
    }
}
