using ListingLint.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Canonical;

/// <summary>Keeps the fields the model does not know, for declarative rules to match.</summary>
internal static class ExtraFields
{
    public static readonly IReadOnlyDictionary<string, JToken> None = new Dictionary<string, JToken>();

    /// <summary>Reads the field <paramref name="reader"/> stands on (its name) into <paramref name="extra"/> and returns its value.</summary>
    public static JToken Add(ref Dictionary<string, JToken>? extra, JsonReader reader, string pointer, MappingContext ctx)
    {
        var name = (string)reader.Value!;
        var fieldPointer = JsonPointer.Append(pointer, name);
        var key = ctx.Mark(fieldPointer, reader);
        MappingContext.Next(reader);
        var value = MappingContext.Subtree(reader);
        if (value is JValue { Type: JTokenType.String } text && ((string)text!).Length > ctx.Options.MaxStringLength)
            throw MappingContext.Error(key, fieldPointer, $"string of {((string)text!).Length:N0} characters is longer than the limit of {ctx.Options.MaxStringLength:N0}");
        (extra ??= new Dictionary<string, JToken>(StringComparer.Ordinal))[name] = value;
        return value;
    }
}
