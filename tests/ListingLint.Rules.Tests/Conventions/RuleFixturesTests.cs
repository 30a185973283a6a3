using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Conventions;

/// <summary>Every <c>fixtures/rules/ID/fires-*</c> file makes its rule fire; every <c>quiet-*</c> file does not.</summary>
public class RuleFixturesTests
{
    private static readonly RuleTester AllRules =
        RuleTester.ForAssembly(typeof(Shared.NamedValue).Assembly, BuiltInRules.AllRulesConfiguration, BuiltInRules.ProviderAssemblies);

    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in Directory.GetDirectories(RepositoryPaths.RuleFixtures).OrderBy(f => f, StringComparer.Ordinal))
        {
            foreach (var file in Directory.GetFiles(folder).Where(f => Path.GetFileName(f).StartsWith("fires-") || Path.GetFileName(f).StartsWith("quiet-")).OrderBy(f => f, StringComparer.Ordinal))
                data.Add(Path.GetFileName(folder), Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void FixtureBehavesAsNamed(string id, string fileName)
    {
        var path = Path.Combine(RepositoryPaths.RuleFixtures, id, fileName);
        var found = AllRules.Run(File.ReadAllText(path), fileName, Path.GetDirectoryName(path))
            .Where(d => d.Id == id)
            .ToArray();
        if (fileName.StartsWith("fires-"))
            Assert.True(found.Length > 0, $"{fileName} should make {id} fire but it did not");
        else
            Assert.True(found.Length == 0, $"{fileName} should keep {id} quiet but got: {RuleTester.Describe(found)}");
    }
}
