using ListingLint.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Canonical;

/// <summary>Images are path/URL strings or <c>{ "src", "role", "alt" }</c>.</summary>
internal static class ImageReader
{
    public static IReadOnlyList<ImageRef> Read(JsonReader reader, MappingContext ctx, ImagePathResolver resolver)
    {
        if (reader.TokenType == JsonToken.Null)
            return [];
        if (reader.TokenType != JsonToken.StartArray)
            throw ctx.Error("/images", reader, $"expected an array of images but found {MappingContext.Describe(reader)}");
        ctx.Mark("/images", reader);
        var images = new List<ImageRef>();
        while (MappingContext.Next(reader) && reader.TokenType != JsonToken.EndArray)
        {
            var pointer = JsonPointer.Append("/images", images.Count);
            var location = ctx.Mark(pointer, reader);
            string src;
            string? role = null, alt = null;
            if (reader.TokenType == JsonToken.StartObject)
            {
                var obj = (JObject)MappingContext.Subtree(reader);
                src = ctx.String(obj["src"] ?? obj["url"], pointer + "/src", allowScalars: false) ?? throw ctx.Error(pointer, obj, "image has no 'src'");
                role = ctx.String(obj["role"], pointer + "/role", allowScalars: false);
                alt = ctx.String(obj["alt"], pointer + "/alt", allowScalars: false);
            }
            else
            {
                src = ctx.String(reader, pointer, allowScalars: false) ?? throw ctx.Error(pointer, reader, "image is null");
            }
            var (resolved, outside) = resolver.Resolve(src);
            images.Add(new ImageRef { Index = images.Count, Src = src, Role = role, Alt = alt, ResolvedPath = resolved, OutsideRoot = outside, Location = location });
        }
        return images;
    }
}
