using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.IO;

/// <summary>Newtonsoft reports the position after a token; diagnostics want where it starts (a property: its key).</summary>
public static class JsonPositions
{
    public static (int Line, int Column) StartOf(JToken token)
    {
        if (token is JProperty named)
            return KeyStart(named);
        var info = (IJsonLineInfo)token;
        if (!info.HasLineInfo())
            return (0, 0);
        var width = token switch
        {
            JContainer => 1,
            JValue { Type: JTokenType.String } v => ((string)v!).Length + 2,
            JValue v => v.ToString(Formatting.None).Length,
            _ => 1,
        };
        return (info.LineNumber, Math.Max(1, info.LinePosition - width + 1));
    }

    private static (int Line, int Column) KeyStart(JProperty property)
    {
        var info = (IJsonLineInfo)property;
        if (!info.HasLineInfo())
            return (0, 0);
        return (info.LineNumber, Math.Max(1, info.LinePosition - property.Name.Length - 2));
    }
}
