using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Canonical;

/// <summary>Reads <c>listinglint.suppress</c>; a missing justification is kept so the engine can report it (LL0003).</summary>
internal static class SuppressionReader
{
    public static IReadOnlyList<Suppression> Read(JToken? token, MappingContext ctx)
    {
        if (token is null || token.Type == JTokenType.Null)
            return [];
        if (token is not JObject obj)
            throw ctx.Error("/listinglint", token, $"expected an object but found {MappingContext.Describe(token)}");
        if (obj["suppress"] is not { } suppress || suppress.Type == JTokenType.Null)
            return [];
        if (suppress is not JArray array)
            throw ctx.Error("/listinglint/suppress", suppress, $"expected an array but found {MappingContext.Describe(suppress)}");
        var result = new List<Suppression>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            var pointer = $"/listinglint/suppress/{i}";
            var location = ctx.Mark(pointer, array[i]);
            if (array[i].Type == JTokenType.String)
            {
                result.Add(new Suppression((string)array[i]!, null, location));
                continue;
            }
            if (array[i] is not JObject item)
                throw ctx.Error(pointer, array[i], $"expected {{\"id\", \"justification\"}} but found {MappingContext.Describe(array[i])}");
            result.Add(new Suppression(
                ctx.String(item["id"], pointer + "/id", allowScalars: false) ?? "",
                ctx.String(item["justification"], pointer + "/justification", allowScalars: false),
                location));
        }
        return result;
    }
}
