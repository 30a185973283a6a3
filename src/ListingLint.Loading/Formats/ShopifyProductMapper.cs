using System.Globalization;
using ListingLint.Loading.Drafts;
using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Formats;

/// <summary>
/// Maps one Shopify product (a storefront <c>products.json</c> entry, or the product JSON a theme embeds in its page) into a listing
/// draft. Theme JSON writes prices as integer cents; <c>products.json</c> writes them as decimal strings.
/// </summary>
internal static class ShopifyProductMapper
{
    // Shopify's marker for a product without options; a platform default, not a value the seller chose.
    private const string DefaultTitle = "Default Title";

    public static bool LooksLikeProduct(JToken? token) =>
        token is JObject obj && obj["variants"] is JArray && (obj["title"] is not null || obj["handle"] is not null);

    public static void Map(JObject product, ListingDraft draft, JsonLocator at, string source, bool integerCents)
    {
        at.Set(draft, "id", product["id"] ?? product["handle"], source);
        at.Set(draft, "title", product["title"], source);
        at.Set(draft, "description", product["body_html"] ?? product["description"], source);
        at.Set(draft, "brand", product["vendor"], source);
        at.Set(draft, "url", product["url"], source);
        if (JsonLocator.Text(product["product_type"] ?? product["type"]) is { Length: > 0 } type)
            draft.SetCategory([type], at.At(product["product_type"] ?? product["type"]), source);
        var optionNames = OptionNames(product["options"]);
        var variants = new List<VariantDraft>();
        foreach (var v in (product["variants"] as JArray ?? []).OfType<JObject>())
            variants.Add(Variant(v, optionNames, at, source, integerCents));
        draft.OffersVariants(variants);
        var prices = variants.Where(v => v.Price is not null).Select(v => v.Price!).ToArray();
        if (prices.Length > 0)
        {
            var cheapest = prices.MinBy(p => p.Value)!;
            draft.SetPrice(cheapest.Value, null, cheapest.Location, source);
        }
        if (variants.Count > 0 && variants.Any(v => v.Availability is not null))
        {
            var inStock = variants.FirstOrDefault(v => v.Availability?.Value == Availability.InStock) ?? variants.First(v => v.Availability is not null);
            draft.Set("availability", inStock.Availability!.Value, inStock.Availability.Location, source);
        }
        foreach (var image in product["images"] as JArray ?? [])
        {
            var src = image is JObject obj ? obj["src"] : image;
            draft.AddImage(JsonLocator.Text(src), image is JObject o ? JsonLocator.Text(o["alt"]) : null, at.At(src ?? image), source);
        }
    }

    private static string[] OptionNames(JToken? options) => options is JArray array
        ? array.Select(o => o is JObject obj ? JsonLocator.Text(obj["name"]) ?? "" : JsonLocator.Text(o) ?? "").ToArray()
        : options is JObject named ? named.Properties().Select(p => p.Name).ToArray() : [];

    private static VariantDraft Variant(JObject v, string[] optionNames, JsonLocator at, string source, bool integerCents)
    {
        var variant = new VariantDraft(at.At(v), source)
        {
            Sku = at.Sourced(v["sku"]),
            Title = JsonLocator.Text(v["title"]) == DefaultTitle ? null : at.Sourced(v["title"]),
            Image = at.Sourced((v["featured_image"] as JObject)?["src"] ?? v["image"]),
        };
        if (Price(v["price"], integerCents) is { } price)
            variant.Price = new Sourced<decimal>(price, at.At(v["price"]));
        if (v["available"] is JValue { Type: JTokenType.Boolean } available)
            variant.Availability = new Sourced<string>((bool)available ? Availability.InStock : Availability.OutOfStock, at.At(available));
        if (v["inventory_quantity"] is JValue { Type: JTokenType.Integer } stock)
            variant.Stock = new Sourced<int>((int)stock, at.At(stock));
        var values = v["options"] is JArray array ? array.ToArray() : new[] { v["option1"], v["option2"], v["option3"] };
        for (var i = 0; i < values.Length; i++)
        {
            var value = JsonLocator.Text(values[i]);
            if (value is null || value == DefaultTitle)
                continue;
            variant.Option(i < optionNames.Length && optionNames[i].Length > 0 ? optionNames[i] : $"Option{i + 1}", value, at.At(values[i]));
        }
        return variant;
    }

    private static decimal? Price(JToken? token, bool integerCents) => token switch
    {
        JValue { Type: JTokenType.Integer } cents when integerCents => (long)cents / 100m,
        JValue { Type: JTokenType.Integer or JTokenType.Float } number => number.Value<decimal>(),
        JValue { Type: JTokenType.String } text => Money.Parse((string)text!),
        _ => null,
    };
}
