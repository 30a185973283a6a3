using ListingLint.Loading.Formats;
using ListingLint.Loading.Html;
using ListingLint.Loading.Inputs;
using ListingLint.Model;

namespace ListingLint.Loading.Tests;

/// <summary>Loads the files under <c>fixtures/formats</c> with every format registered, as the CLI does.</summary>
public static class FormatFixtures
{
    public static string Root { get; } = FindRoot();

    public static string Folder => Path.Combine(Root, "fixtures", "formats");

    public static ListingReader Reader { get; } = new(LoadOptions.Default,
        [new HtmlPageFormat(), new MerchantFeedFormat()],
        [new ShopifyProductsFormat(), new AliExpressDetailFormat(), new JsonLdDocumentFormat()]);

    public static IReadOnlyList<LoadResult> Load(string relativePath)
    {
        var full = Path.Combine(Folder, relativePath);
        return Reader.Read(new InputFile(relativePath, full, Folder)).SelectMany(p => p.Load()).ToArray();
    }

    public static Listing Single(string relativePath)
    {
        var results = Load(relativePath);
        var result = Assert.Single(results);
        Assert.True(result.Listing is not null, result.Error?.Message);
        return result.Listing!;
    }

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
