using ListingLint.Loading.Canonical;
using ListingLint.Loading.Inputs;
using Newtonsoft.Json;

namespace ListingLint.Loading.Html;

/// <summary>
/// The saved pages that JSON listings name in their <c>page</c> field. Such a page is read as its listing's second
/// source (LL7xxx), so an audit of a folder holding both must not audit the page again as a listing of its own.
/// </summary>
internal static class LandingPageReferences
{
    /// <summary>
    /// Full paths of the pages named by the listings in <paramref name="files"/>, resolved as the landing-page loader
    /// resolves them (under <see cref="LoadOptions.ImageRoot"/>); unreadable files name none.
    /// </summary>
    public static HashSet<string> Find(IEnumerable<InputFile> files, LoadOptions options)
    {
        var pages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.FullPath is null || file.Extension is not (".json" or ".ndjson" or ".jsonl"))
                continue;
            try
            {
                Collect(file, new ImagePathResolver(file.Directory, options.ImageRoot ?? file.Root), options.MaxDepth, pages);
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
            {
                // The audit itself reports the file; a page it names is then audited like any other input.
            }
        }
        return pages;
    }

    private static void Collect(InputFile file, ImagePathResolver resolver, int maxDepth, HashSet<string> pages)
    {
        using var reader = new JsonTextReader(File.OpenText(file.FullPath!)) { SupportMultipleContent = true, MaxDepth = maxDepth };
        while (reader.Read())
        {
            if (reader.TokenType != JsonToken.PropertyName || (string?)reader.Value != "page" || reader.Depth > 2)
                continue;
            if (!reader.Read() || reader.TokenType != JsonToken.String)
                continue;
            if (resolver.Resolve((string)reader.Value!).Path is { } page)
                pages.Add(page);
        }
    }
}
