using AngleSharp.Dom;
using ListingLint.Loading.Drafts;
using ListingLint.Model;

namespace ListingLint.Loading.Html;

/// <summary>
/// Reads OpenGraph (<c>og:</c>) and Facebook/Pinterest product (<c>product:</c>) meta tags. They count as product markup only when
/// the page says it is a product (<c>og:type</c> product, or a <c>product:price:amount</c>); otherwise they only add to what other
/// sources found.
/// </summary>
internal static class OpenGraphReader
{
    public static void Read(PageContext page)
    {
        var tags = new List<(string Name, string Value, Location Location)>();
        foreach (var meta in page.Document.QuerySelectorAll("meta"))
        {
            var name = (meta.GetAttribute("property") ?? meta.GetAttribute("name"))?.Trim().ToLowerInvariant();
            var content = meta.GetAttribute("content");
            if (name is null || content is null || !(name.StartsWith("og:") || name.StartsWith("product:")))
                continue;
            tags.Add((name, content.Trim(), page.At(meta)));
        }
        string? First(params string[] names) => names.Select(n => tags.FirstOrDefault(t => t.Name == n).Value).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        Location At(string name) => tags.First(t => t.Name == name).Location;

        var type = First("og:type") ?? "";
        var isProduct = type.Contains("product", StringComparison.OrdinalIgnoreCase) || First("product:price:amount", "og:price:amount") is not null;
        if (!isProduct && !page.Draft.HasProductData)
            return;
        var draft = page.Draft;
        foreach (var (field, names) in Fields)
        {
            var name = names.FirstOrDefault(n => tags.Any(t => t.Name == n && t.Value.Length > 0));
            if (name is not null)
                draft.Set(field, field == "availability" ? Model.Availability.Normalize(First(name)) : First(name), At(name), SourceKinds.OpenGraph);
        }
        var priceName = new[] { "product:price:amount", "og:price:amount" }.FirstOrDefault(n => tags.Any(t => t.Name == n));
        if (priceName is not null && Money.Parse(First(priceName)) is { } amount)
        {
            var currencyName = priceName.Replace("amount", "currency");
            draft.SetPrice(amount, First(currencyName), At(priceName), SourceKinds.OpenGraph, tags.Any(t => t.Name == currencyName) ? At(currencyName) : null);
        }
        if (First("product:sale_price:amount") is { } sale && Money.Parse(sale) is { } saleAmount)
            draft.Set("salePrice", saleAmount.ToString(System.Globalization.CultureInfo.InvariantCulture), At("product:sale_price:amount"), SourceKinds.OpenGraph);
        foreach (var image in tags.Where(t => t.Name is "og:image" or "og:image:url" or "og:image:secure_url"))
            draft.AddImage(image.Value, null, image.Location, SourceKinds.OpenGraph);
    }

    private static readonly (string Field, string[] Names)[] Fields =
    [
        ("title", ["og:title", "product:title"]),
        ("description", ["og:description", "product:description"]),
        ("brand", ["product:brand", "og:brand"]),
        ("availability", ["product:availability", "og:availability"]),
        ("condition", ["product:condition"]),
        ("url", ["og:url"]),
    ];
}
