using AngleSharp.Dom;
using ListingLint.Loading.Drafts;
using ListingLint.Loading.Formats;
using ListingLint.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Html;

/// <summary>
/// Reads the product data a platform embeds in its pages as JSON: Shopify themes' product JSON (<c>data-product-json</c>,
/// <c>ProductJson-*</c>, <c>ShopifyAnalytics.meta</c>) and AliExpress' <c>runParams</c>. Scripts are only read as text, never run.
/// </summary>
internal static class PlatformDataReader
{
    private static readonly string[] Assignments = ["runParams", "ShopifyAnalytics.meta", "var meta"];

    public static void Read(PageContext page)
    {
        foreach (var script in page.Document.QuerySelectorAll("script"))
        {
            var type = script.GetAttribute("type")?.Trim().ToLowerInvariant();
            if (type == "application/json" && IsShopifyProductScript(script))
            {
                var start = page.ContentStart(script);
                if (start >= 0 && ParseAt(page, start, out var json, out var at, report: true) && Product(json) is { } product)
                {
                    ShopifyProductMapper.Map(product, page.Draft, at, SourceKinds.PlatformData, integerCents: true);
                    return;
                }
            }
            else if (type is null or "text/javascript" or "application/javascript" or "module")
            {
                if (ReadAssignment(page, script))
                    return;
            }
        }
    }

    private static bool IsShopifyProductScript(IElement script) =>
        script.HasAttribute("data-product-json") || (script.Id ?? "").StartsWith("ProductJson", StringComparison.OrdinalIgnoreCase);

    private static bool ReadAssignment(PageContext page, IElement script)
    {
        var text = script.TextContent;
        foreach (var name in Assignments)
        {
            var at = text.IndexOf(name, StringComparison.Ordinal);
            if (at < 0)
                continue;
            var brace = text.IndexOf('{', at + name.Length);
            var contentStart = page.ContentStart(script);
            if (brace < 0 || contentStart < 0 || !text[(at + name.Length)..brace].Contains('='))
                continue;
            var index = page.Text.Text.IndexOf(text.Substring(brace, Math.Min(64, text.Length - brace)), contentStart, StringComparison.Ordinal);
            if (index < 0 || !ParseAt(page, index, out var json, out var locator, report: false) || json is not JObject root)
                continue;
            if (AliExpressProductMapper.Matches(root))
            {
                AliExpressProductMapper.Map(root, page.Draft, locator, SourceKinds.PlatformData);
                return true;
            }
            if (Product(root) is { } product)
            {
                ShopifyProductMapper.Map(product, page.Draft, locator, SourceKinds.PlatformData, integerCents: true);
                return true;
            }
        }
        return false;
    }

    private static JObject? Product(JToken? json) => json switch
    {
        JObject obj when ShopifyProductMapper.LooksLikeProduct(obj) => obj,
        JObject obj when ShopifyProductMapper.LooksLikeProduct(obj["product"]) => (JObject)obj["product"]!,
        _ => null,
    };

    /// <summary>Parses the one JSON value that starts at <paramref name="index"/> of the page (the script goes on after it).</summary>
    private static bool ParseAt(PageContext page, int index, out JToken? json, out JsonLocator locator, bool report)
    {
        var (line, column) = page.Text.PositionOf(index);
        locator = new JsonLocator(page.File, line, column);
        json = null;
        try
        {
            using var reader = new JsonTextReader(new StringReader(page.Text.Text[index..]))
            {
                MaxDepth = page.Options.MaxDepth,
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
            };
            json = JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
            return true;
        }
        catch (JsonReaderException e)
        {
            if (report)
                page.Draft.Note($"platform data in the <script> at line {line} could not be read: {Json.JsonFileReader.Describe(e)}", page.At(line, column));
            return false;
        }
    }
}
