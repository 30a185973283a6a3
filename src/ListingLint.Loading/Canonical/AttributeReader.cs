using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Canonical;

/// <summary>Attributes are an object (<c>{"Color": "Black"}</c>) or an array of <c>{ "name", "value" }</c> where names may repeat.</summary>
internal static class AttributeReader
{
    public static IReadOnlyList<ListingAttribute> Read(JToken? token, string pointer, MappingContext ctx)
    {
        switch (token)
        {
            case null or { Type: JTokenType.Null }:
                return [];
            case JObject obj:
                ctx.Mark(pointer, obj);
                var fromObject = new List<ListingAttribute>(obj.Count);
                foreach (var property in obj.Properties())
                    AddValues(fromObject, property.Name, property.Value, JsonPointer.Append(pointer, property.Name), ctx);
                return fromObject;
            case JArray array:
                ctx.Mark(pointer, array);
                var fromArray = new List<ListingAttribute>(array.Count);
                for (var i = 0; i < array.Count; i++)
                {
                    var itemPointer = JsonPointer.Append(pointer, i);
                    if (array[i] is not JObject item)
                        throw ctx.Error(itemPointer, array[i], $"expected {{\"name\", \"value\"}} but found {MappingContext.Describe(array[i])}");
                    var name = ctx.String(item["name"], itemPointer + "/name") ?? throw ctx.Error(itemPointer, item, "attribute has no 'name'");
                    AddValues(fromArray, name, item["value"], itemPointer + "/value", ctx);
                }
                return fromArray;
            default:
                throw ctx.Error(pointer, token, $"expected an object or an array of {{\"name\", \"value\"}} but found {MappingContext.Describe(token)}");
        }
    }

    // An array value ("Color": ["Black", "White"]) is kept as one attribute per value, so each has its own location.
    private static void AddValues(List<ListingAttribute> into, string name, JToken? value, string pointer, MappingContext ctx)
    {
        if (value is JArray values)
        {
            for (var i = 0; i < values.Count; i++)
            {
                var itemPointer = JsonPointer.Append(pointer, i);
                into.Add(new ListingAttribute(name, ctx.String(values[i], itemPointer) ?? "", into.Count, ctx.Map.Resolve(itemPointer)));
            }
            return;
        }
        if (value is JObject)
            throw ctx.Error(pointer, value, $"attribute '{name}' has an object as its value; expected a string");
        var text = ctx.String(value, pointer) ?? "";
        into.Add(new ListingAttribute(name, text, into.Count, ctx.Map.Resolve(pointer)));
    }
}
