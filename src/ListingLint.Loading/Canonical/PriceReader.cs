using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Canonical;

/// <summary>A price is a number, a numeric string, or <c>{ "amount", "currency" }</c>.</summary>
internal static class PriceReader
{
    public static Price? Read(JToken? token, string pointer, MappingContext ctx)
    {
        switch (token)
        {
            case null or { Type: JTokenType.Null }:
                return null;
            case JObject obj:
                ctx.Mark(pointer, obj);
                var amount = ctx.Number(obj["amount"] ?? obj["value"], pointer + "/amount")
                             ?? throw ctx.Error(pointer, obj, "price object has no 'amount'");
                var currency = ctx.String(obj["currency"], pointer + "/currency", allowScalars: false);
                return Checked(new Price(amount, currency?.Trim().ToUpperInvariant()), pointer, token, ctx);
            default:
                return Checked(new Price(ctx.Number(token, pointer)!.Value, null), pointer, token, ctx);
        }
    }

    private static Price Checked(Price price, string pointer, JToken token, MappingContext ctx) =>
        price.Amount < 0 ? throw ctx.Error(pointer, token, $"price {price.Amount} is negative") : price;
}
