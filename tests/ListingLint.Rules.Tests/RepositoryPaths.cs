namespace ListingLint.Rules.Tests;

/// <summary>Finds the repository's folders from the test binaries, wherever the tests run.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Docs => Path.Combine(Root, "rules", "docs");

    public static string RuleFixtures => Path.Combine(Root, "fixtures", "rules");

    public static string RuleTests => Path.Combine(Root, "tests", "ListingLint.Rules.Tests");

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
