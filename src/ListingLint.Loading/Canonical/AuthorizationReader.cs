using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Canonical;

internal static class AuthorizationReader
{
    public static BrandAuthorization? Read(JToken? token, string pointer, MappingContext ctx)
    {
        if (token is null || token.Type == JTokenType.Null)
            return null;
        if (token is not JObject obj)
            throw ctx.Error(pointer, token, $"expected an object but found {MappingContext.Describe(token)}");
        var location = ctx.Mark(pointer, obj);
        return new BrandAuthorization
        {
            Brand = ctx.String(obj["brand"], pointer + "/brand", allowScalars: false) ?? throw ctx.Error(pointer, obj, "brand authorization has no 'brand'"),
            Document = ctx.String(obj["document"], pointer + "/document", allowScalars: false),
            ValidFrom = Date(obj["validFrom"], pointer + "/validFrom", ctx),
            ValidUntil = Date(obj["validUntil"], pointer + "/validUntil", ctx),
            Categories = obj["categories"] is JArray categories
                ? categories.Select((c, i) => ctx.String(c, $"{pointer}/categories/{i}", allowScalars: false) ?? "").ToArray()
                : [],
            Location = location,
        };
    }

    private static DateOnly? Date(JToken? token, string pointer, MappingContext ctx)
    {
        if (token is null || token.Type == JTokenType.Null)
            return null;
        if (token.Type == JTokenType.Date)
            return DateOnly.FromDateTime(token.Value<DateTime>());
        var text = ctx.String(token, pointer, allowScalars: false)!;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date)
            ? date
            : throw ctx.Error(pointer, token, $"expected a date as yyyy-MM-dd but found \"{text}\"");
    }
}
