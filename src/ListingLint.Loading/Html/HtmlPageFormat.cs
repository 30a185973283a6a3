using ListingLint.Loading.Inputs;
using ListingLint.Model;

namespace ListingLint.Loading.Html;

/// <summary>Saved product pages (<c>.html</c>, <c>.htm</c>): one listing per page.</summary>
public sealed class HtmlPageFormat : IFileFormat
{
    public string Name => "HTML product page (JSON-LD, microdata, RDFa, OpenGraph, Shopify/AliExpress page data)";

    public bool CanRead(InputFile file) => IsPage(file);

    public static bool IsPage(InputFile file) => file.Extension is ".html" or ".htm" or ".xhtml";

    public IEnumerable<PendingListing> Read(InputFile file, LoadOptions options)
    {
        yield return new PendingListing(file.DisplayPath, () => [Load(file, options)]);
    }

    private static LoadResult Load(InputFile file, LoadOptions options)
    {
        byte[] bytes;
        try
        {
            bytes = file.IsStandardInput ? ReadAll(Console.OpenStandardInput()) : File.ReadAllBytes(file.FullPath!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return LoadResult.Failed(Path.GetFileNameWithoutExtension(file.DisplayPath), new Location(file.DisplayPath, "", 0, 0), "cannot open file: " + e.Message);
        }
        return HtmlPageLoader.Result(bytes, file.DisplayPath, file.Directory, options.ImageRoot ?? file.Root, options);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
