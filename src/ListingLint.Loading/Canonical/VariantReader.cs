using ListingLint.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Canonical;

internal static class VariantReader
{
    public static IReadOnlyList<Variant> Read(JsonReader reader, MappingContext ctx)
    {
        if (reader.TokenType == JsonToken.Null)
            return [];
        if (reader.TokenType != JsonToken.StartArray)
            throw ctx.Error("/variants", reader, $"expected an array of variants but found {MappingContext.Describe(reader)}");
        ctx.Mark("/variants", reader);
        var variants = new List<Variant>();
        while (MappingContext.Next(reader) && reader.TokenType != JsonToken.EndArray)
            variants.Add(ReadOne(reader, VariantPointers.Of(variants.Count), variants.Count, ctx));
        return variants;
    }

    private static Variant ReadOne(JsonReader reader, VariantPointers pointers, int index, MappingContext ctx)
    {
        var pointer = pointers.Self;
        if (reader.TokenType != JsonToken.StartObject)
            throw ctx.Error(pointer, reader, $"expected a variant object but found {MappingContext.Describe(reader)}");
        var location = ctx.Mark(pointer, reader);
        string? sku = null, title = null, image = null;
        Price? price = null;
        int? stock = null;
        IReadOnlyList<VariantOption> options = [];
        Dictionary<string, JToken>? extra = null;
        while (MappingContext.Next(reader) && reader.TokenType == JsonToken.PropertyName)
        {
            var field = (string)reader.Value!;
            if (field is not ("sku" or "title" or "options" or "price" or "stock" or "image"))
            {
                ExtraFields.Add(ref extra, reader, pointer, ctx);
                continue;
            }
            MappingContext.Next(reader);
            switch (field)
            {
                case "sku":
                    sku = ctx.String(reader, pointers.Sku);
                    break;
                case "title":
                    title = ctx.String(reader, pointers.Title);
                    break;
                case "options":
                    options = OptionsOf(AttributeReader.Read(reader, pointers.Options, ctx));
                    break;
                case "price":
                    price = PriceReader.Read(reader, pointers.Price, ctx);
                    break;
                case "stock":
                    stock = ctx.Integer(reader, pointers.Stock);
                    break;
                case "image":
                    image = ctx.String(reader, pointers.Image, allowScalars: false);
                    break;
            }
        }
        return new Variant
        {
            Index = index,
            Sku = sku,
            Title = title,
            Options = options,
            Price = price?.Amount,
            Stock = stock,
            Image = image,
            Extra = extra ?? ExtraFields.None,
            Location = location,
        };
    }

    private static VariantOption[] OptionsOf(IReadOnlyList<ListingAttribute> attributes)
    {
        var options = new VariantOption[attributes.Count];
        for (var i = 0; i < options.Length; i++)
            options[i] = new VariantOption(attributes[i].Name, attributes[i].Value, attributes[i].Location);
        return options;
    }
}
