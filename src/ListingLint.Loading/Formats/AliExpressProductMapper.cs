using ListingLint.Loading.Drafts;
using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Formats;

/// <summary>
/// Maps AliExpress product detail data into a listing draft. Two generations of the data are read: <c>productSKUPropertyList</c> with
/// <c>skuPriceList</c> (whose <c>skuAttr</c> is "propertyId:valueId;…", a value optionally followed by "#custom name"), and
/// <c>sku.props</c> with <c>sku.base</c> (whose <c>propMap</c> has the same form). Titles, images and specs are looked up in
/// the modules where each generation keeps them.
/// </summary>
internal static class AliExpressProductMapper
{
    public static bool Matches(JObject root) =>
        JsonLocator.Find(root, "productSKUPropertyList") is not null || JsonLocator.Find(root, "skuPriceList") is not null
        || JsonLocator.Find(root, "sku") is JObject { } sku && sku["props"] is JArray && sku["base"] is JArray;

    public static void Map(JObject root, ListingDraft draft, JsonLocator at, string source)
    {
        at.Set(draft, "id", First(root, "productId", "idStr") ?? (JsonLocator.Find(root, "productInfo") as JObject)?["id"], source);
        at.Set(draft, "title", First(root, "subject", "title"), source);
        at.Set(draft, "brand", First(root, "brandName"), source);
        var currency = JsonLocator.Text(First(root, "currencyCode", "baseCurrencyCode"));
        var sku = JsonLocator.Find(root, "sku") as JObject;
        var properties = (JsonLocator.Find(root, "productSKUPropertyList") ?? sku?["props"]) as JArray ?? [];
        var skus = (JsonLocator.Find(root, "skuPriceList") ?? sku?["base"]) as JArray ?? [];
        var values = ValueNames(properties, at);
        var variants = skus.OfType<JObject>().Select(s => Variant(s, values, currency, at, source)).ToArray();
        draft.OffersVariants(variants);
        var priced = variants.Where(v => v.Price is not null).ToArray();
        if (priced.Length > 0)
        {
            var cheapest = priced.MinBy(v => v.Price!.Value)!;
            draft.SetPrice(cheapest.Price!.Value, cheapest.Currency?.Value ?? currency, cheapest.Price.Location, source);
        }
        if (variants.Length > 0)
        {
            var anyInStock = variants.FirstOrDefault(v => v.Stock is { Value: > 0 });
            var reference = anyInStock ?? variants.FirstOrDefault(v => v.Stock is not null);
            if (reference is not null)
                draft.Set("availability", anyInStock is null ? Availability.OutOfStock : Availability.InStock, reference.Stock!.Location, source);
        }
        if (First(root, "imagePathList") is JArray images)
        {
            foreach (var image in images)
                draft.AddImage(JsonLocator.Text(image), null, at.At(image), source);
        }
        if (JsonLocator.Find(root, "specsModule") is JObject specs && specs["props"] is JArray props)
        {
            foreach (var prop in props.OfType<JObject>())
                draft.AddAttribute(JsonLocator.Text(prop["attrName"]) ?? "", JsonLocator.Text(prop["attrValue"]), at.At(prop["attrValue"] ?? prop), source);
        }
    }

    private static Dictionary<(string Property, string Value), (string Name, string Value, Location Location)> ValueNames(JArray properties, JsonLocator at)
    {
        var names = new Dictionary<(string, string), (string, string, Location)>();
        foreach (var property in properties.OfType<JObject>())
        {
            var propertyId = JsonLocator.Text(property["skuPropertyId"] ?? property["nameId"] ?? property["id"]) ?? "";
            var propertyName = JsonLocator.Text(property["skuPropertyName"] ?? property["name"]) ?? propertyId;
            foreach (var value in (property["skuPropertyValues"] ?? property["values"]) as JArray ?? [])
            {
                var valueId = JsonLocator.Text(value["propertyValueId"] ?? value["propertyValueIdLong"] ?? value["vid"] ?? value["id"]) ?? "";
                var display = value["propertyValueDisplayName"] ?? value["propertyValueName"] ?? value["name"];
                names.TryAdd((propertyId, valueId), (propertyName, JsonLocator.Text(display) ?? valueId, at.At(display ?? value)));
            }
        }
        return names;
    }

    private static VariantDraft Variant(JObject sku, Dictionary<(string, string), (string Name, string Value, Location Location)> names, string? currency, JsonLocator at, string source)
    {
        var variant = new VariantDraft(at.At(sku), source) { Sku = at.Sourced(sku["skuIdStr"] ?? sku["skuId"]) };
        var value = sku["skuVal"] as JObject ?? sku;
        var amount = value["skuActivityAmount"] ?? value["skuAmount"] ?? value["price"] ?? value["skuCalPrice"];
        var number = amount is JObject money ? money["value"] : amount;
        if (Money.Parse(JsonLocator.Text(number)) is { } price)
        {
            variant.Price = new Sourced<decimal>(price, at.At(number));
            variant.Currency = (amount as JObject)?["currency"] is { } c ? at.Sourced(c) : currency is null ? null : new Sourced<string>(currency, at.At(number));
        }
        var quantity = value["availQuantity"] ?? sku["quantity"] ?? sku["availQuantity"];
        if (quantity is JValue { Type: JTokenType.Integer } stock)
            variant.Stock = new Sourced<int>((int)stock, at.At(stock));
        var attr = JsonLocator.Text(sku["skuAttr"] ?? sku["propMap"]) ?? "";
        foreach (var pair in attr.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split(':', 2);
            if (parts.Length != 2)
                continue;
            var (valueId, custom) = parts[1].Split('#', 2) is [var id, var name] ? (id, name) : (parts[1], null);
            if (names.TryGetValue((parts[0], valueId), out var known))
                variant.Option(known.Name, custom ?? known.Value, known.Location);
        }
        return variant;
    }

    private static JToken? First(JObject root, params string[] keys) =>
        keys.Select(k => JsonLocator.Find(root, k)).FirstOrDefault(t => t is not null);
}
