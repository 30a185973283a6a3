using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ListingLint.Reporting.Tests;

/// <summary>A folder of generated images, deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "listinglint-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Png(string name, int width, int height, Rgba32? color = null)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        using var image = new Image<Rgba32>(width, height, color ?? new Rgba32(70, 130, 180));
        image.SaveAsPng(path);
        return path;
    }

    public string Jpeg(string name, int width, int height)
    {
        var path = System.IO.Path.Combine(Path, name);
        using var image = new Image<Rgb24>(width, height, new Rgb24(200, 60, 60));
        image.SaveAsJpeg(path);
        return path;
    }

    public string Text(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
