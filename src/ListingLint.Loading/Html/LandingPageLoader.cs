using System.Text;
using ListingLint.Loading.Canonical;
using ListingLint.Model;

namespace ListingLint.Loading.Html;

/// <summary>
/// Loads the saved landing page a listing's <c>page</c> field names, relative to the listing's folder and never outside the
/// allowed root. A <c>data:text/html,…</c> URL holds the page inline. Remote pages are never fetched.
/// </summary>
internal static class LandingPageLoader
{
    public static LandingPage Load(string page, Location location, string listingFile, ImagePathResolver resolver, string directory, string root, LoadOptions options)
    {
        if (page.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return Inline(page, location, listingFile, directory, root, options);
        if (page.Contains("://", StringComparison.Ordinal) || page.StartsWith("//", StringComparison.Ordinal))
            return new LandingPage(page, null, "the page is a remote URL; ListingLint never fetches pages, so save it and give its path", location);
        var (path, outside) = resolver.Resolve(page);
        if (outside || path is null)
            return new LandingPage(page, null, "the page path leaves the folder the audit was given; it was not read", location);
        if (!File.Exists(path))
            return new LandingPage(page, null, "the page file does not exist", location);
        var display = Path.Combine(Path.GetDirectoryName(listingFile) ?? "", page);
        try
        {
            var (listing, problem, _) = HtmlPageLoader.Load(File.ReadAllBytes(path), display, Path.GetDirectoryName(path)!, root, options);
            return new LandingPage(page, listing, problem, location);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LandingPage(page, null, "the page cannot be read: " + e.Message, location);
        }
    }

    private static LandingPage Inline(string page, Location location, string listingFile, string directory, string root, LoadOptions options)
    {
        var comma = page.IndexOf(',');
        if (comma < 0)
            return new LandingPage("data:", null, "the data: URL has no comma before its content", location);
        var header = page[5..comma];
        var body = page[(comma + 1)..];
        byte[] bytes;
        try
        {
            bytes = header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase) ? Convert.FromBase64String(body) : Encoding.UTF8.GetBytes(Uri.UnescapeDataString(body));
        }
        catch (FormatException)
        {
            return new LandingPage("data:", null, "the data: URL's base64 content is not valid", location);
        }
        var (listing, problem, _) = HtmlPageLoader.Load(bytes, listingFile + "#page", directory, root, options);
        return new LandingPage("data:", listing, problem, location);
    }
}
