using ListingLint.Loading.Inputs;
using ListingLint.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Canonical;

/// <summary>Turns one listing object into a <see cref="LoadResult"/>; content errors become LL0002 at their location.</summary>
public static class CanonicalListings
{
    internal static readonly string[] ListingFields = ["id", "title", "variants", "attributes", "price", "images", "description"];

    /// <summary>Maps a listing already parsed as a tree (an element of a JSON file).</summary>
    public static LoadResult Map(JObject obj, InputFile input, string pointer, int lineOffset, string fallbackId, string format, LoadOptions options, string knownFormats)
    {
        using var reader = obj.CreateReader();
        reader.Read();
        return Map(reader, () => IdOf(obj), input, pointer, lineOffset, fallbackId, format, options, knownFormats);
    }

    /// <summary>
    /// Maps the object <paramref name="reader"/> stands on, reading it to its end unless its content is unusable.
    /// <paramref name="idOnError"/> gives the listing's id for an error found before the id was read.
    /// </summary>
    internal static LoadResult Map(JsonReader reader, Func<string?> idOnError, InputFile input, string pointer, int lineOffset, string fallbackId, string format,
        LoadOptions options, string knownFormats)
    {
        var ctx = new MappingContext(input.DisplayPath, pointer, lineOffset, options);
        var resolver = new ImagePathResolver(input.Directory, options.ImageRoot ?? input.Root);
        try
        {
            return CanonicalListingMapper.Map(reader, ctx, fallbackId, 0, format, resolver) is { } listing
                ? LoadResult.Loaded(listing)
                : LoadResult.Failed(fallbackId, ctx.Map.Resolve(""),
                    $"object has none of the listing fields ({string.Join(", ", ListingFields)}); known formats: {knownFormats}");
        }
        catch (ListingLoadException e)
        {
            return LoadResult.Failed(idOnError() ?? fallbackId, e.Location, e.Message);
        }
    }

    internal static string? IdOf(JObject obj) =>
        obj["id"] is JValue { Type: JTokenType.String or JTokenType.Integer } idToken ? idToken.ToString() : null;
}
