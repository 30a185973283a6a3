namespace ListingLint.Rules.Tests.Brand;

/// <summary>A temporary folder for a store's authorizations and brand files, deleted after the test.</summary>
public sealed class StoreFolder : IDisposable
{
    public StoreFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "listinglint-brand-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The file's full path with forward slashes, ready to be put in JSON.</summary>
    public string PathOf(string name) => System.IO.Path.Combine(Path, name).Replace('\\', '/');

    public void Write(string name, string content)
    {
        var full = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
