using ListingLint.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Canonical;

/// <summary>A price is a number, a numeric string, or <c>{ "amount", "currency" }</c>.</summary>
internal static class PriceReader
{
    public static Price? Read(JsonReader reader, string pointer, MappingContext ctx)
    {
        switch (reader.TokenType)
        {
            case JsonToken.Null:
                return null;
            case JsonToken.StartObject:
                var obj = (JObject)MappingContext.Subtree(reader);
                ctx.Mark(pointer, obj);
                var amount = ctx.Number(obj["amount"] ?? obj["value"], pointer + "/amount")
                             ?? throw ctx.Error(pointer, obj, "price object has no 'amount'");
                var currency = ctx.String(obj["currency"], pointer + "/currency", allowScalars: false);
                var price = new Price(amount, currency?.Trim().ToUpperInvariant());
                return price.Amount < 0 ? throw ctx.Error(pointer, obj, Negative(price)) : price;
            default:
                var plain = new Price(ctx.Number(reader, pointer)!.Value, null);
                return plain.Amount < 0 ? throw ctx.Error(pointer, reader, Negative(plain)) : plain;
        }
    }

    private static string Negative(Price price) => $"price {price.Amount} is negative";
}
