using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Canonical;

/// <summary>Images are path/URL strings or <c>{ "src", "role", "alt" }</c>.</summary>
internal static class ImageReader
{
    public static IReadOnlyList<ImageRef> Read(JToken? token, MappingContext ctx, ImagePathResolver resolver)
    {
        if (token is null || token.Type == JTokenType.Null)
            return [];
        if (token is not JArray array)
            throw ctx.Error("/images", token, $"expected an array of images but found {MappingContext.Describe(token)}");
        ctx.Mark("/images", array);
        var images = new ImageRef[array.Count];
        for (var i = 0; i < array.Count; i++)
        {
            var pointer = JsonPointer.Append("/images", i);
            var item = array[i];
            var location = ctx.Mark(pointer, item);
            string src;
            string? role = null, alt = null;
            if (item is JObject obj)
            {
                src = ctx.String(obj["src"] ?? obj["url"], pointer + "/src", allowScalars: false) ?? throw ctx.Error(pointer, obj, "image has no 'src'");
                role = ctx.String(obj["role"], pointer + "/role", allowScalars: false);
                alt = ctx.String(obj["alt"], pointer + "/alt", allowScalars: false);
            }
            else
            {
                src = ctx.String(item, pointer, allowScalars: false) ?? throw ctx.Error(pointer, item, "image is null");
            }
            var (resolved, outside) = resolver.Resolve(src);
            images[i] = new ImageRef { Index = i, Src = src, Role = role, Alt = alt, ResolvedPath = resolved, OutsideRoot = outside, Location = location };
        }
        return images;
    }
}
