using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.IO;

/// <summary>Newtonsoft reports the position after a token; diagnostics want where it starts (a property: its key).</summary>
public static class JsonPositions
{
    public static (int Line, int Column) StartOf(JToken token)
    {
        var info = (IJsonLineInfo)token;
        if (!info.HasLineInfo())
            return (0, 0);
        if (token is JProperty named)
            return KeyStart(info, named.Name);
        var width = token switch
        {
            JContainer => 1,
            JValue { Type: JTokenType.String } v => ((string)v!).Length + 2,
            JValue v => WrittenWidth(v),
            _ => 1,
        };
        return Start(info, width);
    }

    /// <summary>Where the reader's current token starts; the same position <see cref="StartOf(JToken)"/> gives for the token read from it.</summary>
    public static (int Line, int Column) StartOf(JsonReader reader)
    {
        if (reader is not IJsonLineInfo info || !info.HasLineInfo())
            return (0, 0);
        if (reader.TokenType == JsonToken.PropertyName)
            return KeyStart(info, (string)reader.Value!);
        var width = reader.TokenType switch
        {
            JsonToken.StartObject or JsonToken.StartArray or JsonToken.StartConstructor => 1,
            JsonToken.String => ((string)reader.Value!).Length + 2,
            JsonToken.Undefined => WrittenWidth(JValue.CreateUndefined()),
            _ => WrittenWidth(reader.Value, reader.TokenType == JsonToken.Null) ?? new JValue(reader.Value).ToString(Formatting.None).Length,
        };
        return Start(info, width);
    }

    // The position is just after the token, which is width characters wide.
    private static (int Line, int Column) Start(IJsonLineInfo info, int width) => (info.LineNumber, Math.Max(1, info.LinePosition - width + 1));

    // A property's position is just after its quoted name: the key starts at the opening quote.
    private static (int Line, int Column) KeyStart(IJsonLineInfo info, string name) => (info.LineNumber, Math.Max(1, info.LinePosition - name.Length - 2));

    private static int WrittenWidth(JValue value) =>
        WrittenWidth(value.Value, value.Type == JTokenType.Null) ?? value.ToString(Formatting.None).Length;

    // The width Newtonsoft writes the value with (JsonConvert.ToString), formatted without allocating for the common
    // cases: this runs for every number of every listing. Null for the rare kinds that are formatted in full.
    private static int? WrittenWidth(object? value, bool isNull)
    {
        Span<char> buffer = stackalloc char[64];
        switch (value)
        {
            case long number when number.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture):
                return written;
            case decimal number when number.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture):
                return buffer[..written].Contains('.') ? written : written + 2;
            case bool flag:
                return flag ? 4 : 5;
            case null when isNull:
                return 4;
            default:
                return null;
        }
    }
}
