namespace ListingLint.Testing;

/// <summary>Finds the folder holding a marker file (e.g. the .sln) above the test binaries, wherever the tests run.</summary>
public static class SolutionFolder
{
    public static string Find(string marker = "ListingLint.sln")
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, marker)))
                return dir.FullName;
        }
        throw new InvalidOperationException($"{marker} not found above {AppContext.BaseDirectory}");
    }
}
