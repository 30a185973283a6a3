using ListingLint.Testing;

namespace ListingLint.Rules.Tests;

public static class RepositoryPaths
{
    public static string Root { get; } = SolutionFolder.Find();

    public static string Docs => Path.Combine(Root, "rules", "docs");

    public static string RuleFixtures => Path.Combine(Root, "fixtures", "rules");

    public static string RuleTests => Path.Combine(Root, "tests", "ListingLint.Rules.Tests");
}
