using ListingLint.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Canonical;

/// <summary>Attributes are an object (<c>{"Color": "Black"}</c>) or an array of <c>{ "name", "value" }</c> where names may repeat.</summary>
internal static class AttributeReader
{
    public static IReadOnlyList<ListingAttribute> Read(JsonReader reader, string pointer, MappingContext ctx)
    {
        switch (reader.TokenType)
        {
            case JsonToken.Null:
                return [];
            case JsonToken.StartObject:
                ctx.Mark(pointer, reader);
                var fromObject = new List<ListingAttribute>();
                while (MappingContext.Next(reader) && reader.TokenType == JsonToken.PropertyName)
                {
                    var name = (string)reader.Value!;
                    var valuePointer = JsonPointer.Append(pointer, name);
                    var added = fromObject.Count;
                    MappingContext.Next(reader);
                    if (reader.TokenType is JsonToken.StartArray or JsonToken.StartObject)
                        AddValues(fromObject, name, MappingContext.Subtree(reader), valuePointer, ctx);
                    else
                        Add(fromObject, name, ctx.String(reader, valuePointer), valuePointer, ctx);
                    ReplaceEarlier(fromObject, name, added);
                }
                return fromObject;
            case JsonToken.StartArray:
                var array = (JArray)MappingContext.Subtree(reader);
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
                throw ctx.Error(pointer, reader, $"expected an object or an array of {{\"name\", \"value\"}} but found {MappingContext.Describe(reader)}");
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
                Add(into, name, ctx.String(values[i], itemPointer), itemPointer, ctx);
            }
            return;
        }
        if (value is JObject)
            throw ctx.Error(pointer, value, $"attribute '{name}' has an object as its value; expected a string");
        Add(into, name, ctx.String(value, pointer), pointer, ctx);
    }

    private static void Add(List<ListingAttribute> into, string name, string? value, string pointer, MappingContext ctx) =>
        into.Add(new ListingAttribute(name, value ?? "", into.Count, ctx.Map.Resolve(pointer)));

    // A name given twice in one object counts once, with its last value, in the place of its first ("Color" twice):
    // the values just added (from index added on) replace the earlier ones of that name.
    private static void ReplaceEarlier(List<ListingAttribute> into, string name, int added)
    {
        var first = 0;
        while (first < added && into[first].Name != name)
            first++;
        if (first == added)
            return;
        var last = into.GetRange(added, into.Count - added);
        into.RemoveRange(added, into.Count - added);
        RemoveNamed(into, name);
        into.InsertRange(first, last);
        for (var i = 0; i < into.Count; i++)
            into[i] = into[i] with { Index = i };
    }

    // A method of its own: a lambda over ReplaceEarlier's parameter would allocate its closure on every call, and most calls find no repeat.
    private static void RemoveNamed(List<ListingAttribute> into, string name) => into.RemoveAll(a => a.Name == name);
}
