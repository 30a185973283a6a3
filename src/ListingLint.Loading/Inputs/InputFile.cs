namespace ListingLint.Loading.Inputs;

/// <summary>A file to read listings from (or standard input), with the folder its images may not leave.</summary>
public sealed record InputFile(string DisplayPath, string? FullPath, string Root)
{
    public const string StandardInputName = "<stdin>";

    public bool IsStandardInput => FullPath is null;

    public static InputFile StandardInput(string root) => new(StandardInputName, null, root);

    public string Extension => Path.GetExtension(FullPath ?? "").ToLowerInvariant();

    public string Directory => FullPath is null ? Root : Path.GetDirectoryName(FullPath)!;
}
