using ListingLint.Loading;
using ListingLint.Loading.Inputs;
using ListingLint.Model;

namespace ListingLint.Loading.Tests;

/// <summary>A temporary folder of input files, read back through the real reader.</summary>
public sealed class LoadingFixture : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("ll-loading-").FullName;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public IReadOnlyList<LoadResult> Load(params string[] paths) => Load(new ListingReader(), paths);

    public IReadOnlyList<LoadResult> Load(ListingReader reader, params string[] paths)
    {
        var (files, missing) = new InputExpander().Expand(paths);
        return missing.Select(ListingReader.Missing).Concat(reader.Read(files)).SelectMany(p => p.Load()).ToArray();
    }
}
