using Microsoft.Extensions.FileSystemGlobbing;

namespace ListingLint.Loading.Inputs;

/// <summary>Turns the paths a user gives (files, folders, "-") into the files to read, in a stable order.</summary>
public sealed class InputExpander
{
    public static readonly IReadOnlyList<string> DefaultIncludes = ["**/*.json", "**/*.ndjson", "**/*.jsonl", "**/*.html", "**/*.htm"];

    public static readonly IReadOnlyList<string> DefaultExcludes =
        ["**/listinglint*.json", "**/*.rules.json", "**/node_modules/**", "**/bin/**", "**/obj/**", "**/.*/**"];

    private readonly IReadOnlyList<string> _includes;
    private readonly IReadOnlyList<string> _excludes;

    public InputExpander(IReadOnlyList<string>? includes = null, IReadOnlyList<string>? excludes = null)
    {
        _includes = includes is { Count: > 0 } ? includes : DefaultIncludes;
        _excludes = [.. DefaultExcludes, .. excludes ?? []];
    }

    /// <summary>Files to read, plus the paths that do not exist (reported as LL0002 by the caller).</summary>
    public (IReadOnlyList<InputFile> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths, string? imageRoot = null)
    {
        var files = new List<InputFile>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                files.Add(InputFile.StandardInput(imageRoot ?? Directory.GetCurrentDirectory()));
                continue;
            }
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                if (seen.Add(full))
                    files.Add(new InputFile(path, full, imageRoot ?? Path.GetDirectoryName(full)!));
            }
            else if (Directory.Exists(full))
            {
                foreach (var relative in Match(full))
                {
                    var file = Path.GetFullPath(relative, full);
                    if (seen.Add(file))
                        files.Add(new InputFile(Path.Combine(path, relative), file, imageRoot ?? full));
                }
            }
            else
            {
                missing.Add(path);
            }
        }
        return (files, missing);
    }

    private IEnumerable<string> Match(string directory)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(_includes);
        matcher.AddExcludePatterns(_excludes);
        return matcher.GetResultsInFullPath(directory)
            .Select(f => Path.GetRelativePath(directory, f))
            .OrderBy(f => f, StringComparer.Ordinal);
    }
}
