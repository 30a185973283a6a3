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
                var at = ctx.Mark(pointer, reader);
                decimal? amount = null;
                var hasAmount = false;
                JToken? value = null;
                string? currency = null;
                while (MappingContext.Next(reader) && reader.TokenType == JsonToken.PropertyName)
                {
                    var field = (string)reader.Value!;
                    MappingContext.Next(reader);
                    switch (field)
                    {
                        case "amount":
                            amount = ctx.Number(reader, pointer + "/amount");
                            hasAmount = true;
                            break;
                        case "value":
                            // Read only when there is no "amount", which may still follow.
                            value = MappingContext.Subtree(reader);
                            break;
                        case "currency":
                            currency = ctx.String(reader, pointer + "/currency", allowScalars: false);
                            break;
                        default:
                            reader.Skip();
                            break;
                    }
                }
                if (!hasAmount && value is not null)
                    amount = ctx.Number(value, pointer + "/amount");
                if (amount is null)
                    throw MappingContext.Error(at, pointer, "price object has no 'amount'");
                var price = new Price(amount.Value, currency?.Trim().ToUpperInvariant());
                return price.Amount < 0 ? throw MappingContext.Error(at, pointer, Negative(price)) : price;
            default:
                var plain = new Price(ctx.Number(reader, pointer)!.Value, null);
                return plain.Amount < 0 ? throw ctx.Error(pointer, reader, Negative(plain)) : plain;
        }
    }

    private static string Negative(Price price) => $"price {price.Amount} is negative";
}
