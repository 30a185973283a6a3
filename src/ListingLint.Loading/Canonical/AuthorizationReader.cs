using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Canonical;

internal static class AuthorizationReader
{
    public static BrandAuthorization? Read(JToken? token, string pointer, MappingContext ctx, string listingDirectory = "")
    {
        if (token is null || token.Type == JTokenType.Null)
            return null;
        if (token is not JObject obj)
            throw ctx.Error(pointer, token, $"expected an object but found {MappingContext.Describe(token)}");
        var location = ctx.Mark(pointer, obj);
        var document = ctx.String(obj["document"], pointer + "/document", allowScalars: false);
        return new BrandAuthorization
        {
            Brand = ctx.String(obj["brand"], pointer + "/brand", allowScalars: false) ?? throw ctx.Error(pointer, obj, "brand authorization has no 'brand'"),
            Document = document,
            DocumentPath = DocumentPath(document, listingDirectory),
            ValidFrom = Date(obj["validFrom"], pointer + "/validFrom", ctx),
            ValidUntil = Date(obj["validUntil"], pointer + "/validUntil", ctx),
            Categories = obj["categories"] is JArray categories
                ? categories.Select((c, i) => ctx.String(c, $"{pointer}/categories/{i}", allowScalars: false) ?? "").ToArray()
                : [],
            Location = location,
        };
    }

    // Only an existence check is ever made on the path, so unlike images it may lie outside the audited folder.
    private static string? DocumentPath(string? document, string listingDirectory)
    {
        if (string.IsNullOrWhiteSpace(document) || listingDirectory.Length == 0 || document.Contains("://", StringComparison.Ordinal))
            return null;
        try
        {
            return Path.GetFullPath(document, listingDirectory);
        }
        catch (ArgumentException)
        {
            return null;
        }
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
