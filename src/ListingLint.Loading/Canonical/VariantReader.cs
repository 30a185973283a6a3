using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Canonical;

internal static class VariantReader
{
    private static readonly HashSet<string> KnownFields = new(StringComparer.Ordinal) { "sku", "title", "options", "price", "stock", "image" };

    public static IReadOnlyList<Variant> Read(JToken? token, MappingContext ctx)
    {
        if (token is null || token.Type == JTokenType.Null)
            return [];
        if (token is not JArray array)
            throw ctx.Error("/variants", token, $"expected an array of variants but found {MappingContext.Describe(token)}");
        ctx.Mark("/variants", array);
        var variants = new Variant[array.Count];
        for (var i = 0; i < array.Count; i++)
            variants[i] = ReadOne(array[i], JsonPointer.Append("/variants", i), i, ctx);
        return variants;
    }

    private static Variant ReadOne(JToken token, string pointer, int index, MappingContext ctx)
    {
        if (token is not JObject obj)
            throw ctx.Error(pointer, token, $"expected a variant object but found {MappingContext.Describe(token)}");
        var location = ctx.Mark(pointer, obj);
        var price = PriceReader.Read(obj["price"], pointer + "/price", ctx);
        var options = AttributeReader.Read(obj["options"], pointer + "/options", ctx)
            .Select(a => new VariantOption(a.Name, a.Value, a.Location))
            .ToArray();
        var extra = ExtraFields.Collect(obj, KnownFields, pointer, ctx);
        return new Variant
        {
            Index = index,
            Sku = ctx.String(obj["sku"], pointer + "/sku"),
            Title = ctx.String(obj["title"], pointer + "/title"),
            Options = options,
            Price = price?.Amount,
            Stock = ctx.Integer(obj["stock"], pointer + "/stock"),
            Image = ctx.String(obj["image"], pointer + "/image", allowScalars: false),
            Extra = extra,
            Location = location,
        };
    }
}
