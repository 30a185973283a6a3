using System.Text.RegularExpressions;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Conventions;

/// <summary>
/// The JSON examples on each docs page do what the page says: those under "Fires" fire, those under "Does not fire"
/// do not. Examples are read as if they were files at the repository root, so image paths name committed fixtures.
/// </summary>
public partial class DocsExamplesTests
{
    private static readonly RuleTester AllRules =
        RuleTester.ForAssembly(typeof(Shared.NamedValue).Assembly, BuiltInRules.AllRulesConfiguration, BuiltInRules.ProviderAssemblies);

    [Theory]
    [MemberData(nameof(BuiltInRules.Ids), MemberType = typeof(BuiltInRules))]
    public void ExamplesBehaveAsDocumented(string id)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Docs, id + ".md"));
        var fires = Examples(Section(text, "### Fires", "### Does not fire"));
        var quiet = Examples(Section(text, "### Does not fire", "## Options"));
        Assert.NotEmpty(fires);
        Assert.NotEmpty(quiet);
        foreach (var example in fires)
            Assert.True(AllRules.Run(example, directory: RepositoryPaths.Root).Any(d => d.Id == id), $"{id} docs example should fire:\n{example}");
        foreach (var example in quiet)
        {
            var found = AllRules.Run(example, directory: RepositoryPaths.Root).Where(d => d.Id == id).ToArray();
            Assert.True(found.Length == 0, $"{id} docs example should not fire:\n{example}\n{RuleTester.Describe(found)}");
        }
    }

    private static string Section(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, from + 1, StringComparison.Ordinal);
        return from < 0 ? "" : to < 0 ? text[from..] : text[from..to];
    }

    private static string[] Examples(string section) =>
        JsonBlock().Matches(section).Select(m => m.Groups[1].Value).ToArray();

    [GeneratedRegex("```json\\s*\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
