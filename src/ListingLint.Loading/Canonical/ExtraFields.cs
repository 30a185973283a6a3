using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Canonical;

/// <summary>Keeps the fields the model does not know, for declarative rules to match.</summary>
internal static class ExtraFields
{
    private static readonly IReadOnlyDictionary<string, JToken> None = new Dictionary<string, JToken>();

    public static IReadOnlyDictionary<string, JToken> Collect(JObject obj, HashSet<string> known, string pointer, MappingContext ctx)
    {
        Dictionary<string, JToken>? extra = null;
        foreach (var property in obj.Properties())
        {
            if (known.Contains(property.Name))
                continue;
            ctx.Mark(JsonPointer.Append(pointer, property.Name), property);
            if (property.Value is JValue { Type: JTokenType.String } text && ((string)text!).Length > ctx.Options.MaxStringLength)
                throw ctx.Error(JsonPointer.Append(pointer, property.Name), property, $"string of {((string)text!).Length:N0} characters is longer than the limit of {ctx.Options.MaxStringLength:N0}");
            extra ??= new Dictionary<string, JToken>(StringComparer.Ordinal);
            // A detached copy, so that the listing does not keep the whole parsed document alive.
            extra[property.Name] = property.Value is JValue value ? new JValue(value) : property.Value.DeepClone();
        }
        return extra ?? None;
    }
}
