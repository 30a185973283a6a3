using ListingLint.Loading.Inputs;
using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Canonical;

/// <summary>Turns one parsed listing object into a <see cref="LoadResult"/>; content errors become LL0002 at their location.</summary>
public static class CanonicalListings
{
    private static readonly string[] ListingFields = ["id", "title", "variants", "attributes", "price", "images", "description"];

    public static bool LooksLikeListing(JObject obj) => ListingFields.Any(obj.ContainsKey);

    public static LoadResult Map(JObject obj, InputFile input, string pointer, int lineOffset, string fallbackId, string format, LoadOptions options, string knownFormats)
    {
        var ctx = new MappingContext(input.DisplayPath, pointer, lineOffset, options);
        var resolver = new ImagePathResolver(input.Directory, options.ImageRoot ?? input.Root);
        try
        {
            if (!LooksLikeListing(obj))
            {
                var location = ctx.Mark("", obj);
                return LoadResult.Failed(fallbackId, location,
                    $"object has none of the listing fields ({string.Join(", ", ListingFields)}); known formats: {knownFormats}");
            }
            return LoadResult.Loaded(CanonicalListingMapper.Map(obj, ctx, fallbackId, 0, format, resolver));
        }
        catch (ListingLoadException e)
        {
            var id = obj["id"] is JValue { Type: JTokenType.String or JTokenType.Integer } idToken ? idToken.ToString() : fallbackId;
            return LoadResult.Failed(id, e.Location, e.Message);
        }
    }
}
