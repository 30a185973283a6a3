using ListingLint.IO;
using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Canonical;

/// <summary>State for mapping one listing object: where it came from, its source map, and typed readers that fail with a location.</summary>
internal sealed class MappingContext
{
    public MappingContext(string file, string listingPointer, int lineOffset, LoadOptions options)
    {
        File = file;
        ListingPointer = listingPointer;
        LineOffset = lineOffset;
        Options = options;
        Map = new SourceMap(file);
    }

    public string File { get; }
    public string ListingPointer { get; }
    public int LineOffset { get; }
    public LoadOptions Options { get; }
    public SourceMap Map { get; }

    /// <summary>Records where <paramref name="token"/> starts and returns its location.</summary>
    public Location Mark(string pointer, JToken token)
    {
        var (line, column) = JsonPositions.StartOf(token);
        if (line > 0)
        {
            Map.Add(pointer, line + LineOffset, column);
            return new Location(File, pointer, line + LineOffset, column);
        }
        return new Location(File, pointer, 0, 0);
    }

    public ListingLoadException Error(string pointer, JToken token, string problem)
    {
        var location = Mark(pointer, token);
        return new ListingLoadException(location, $"{problem} at {(pointer.Length == 0 ? "the listing" : pointer)}");
    }

    public string? String(JToken? token, string pointer, bool allowScalars = true)
    {
        if (token is null || token.Type == JTokenType.Null)
            return null;
        Mark(pointer, token);
        var text = token.Type switch
        {
            JTokenType.String => (string)token!,
            JTokenType.Integer or JTokenType.Float or JTokenType.Boolean when allowScalars => ((JValue)token).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => throw Error(pointer, token, $"expected a string but found {Describe(token)}"),
        };
        if (text.Length > Options.MaxStringLength)
            throw Error(pointer, token, $"string of {text.Length:N0} characters is longer than the limit of {Options.MaxStringLength:N0}");
        return text;
    }

    public decimal? Number(JToken? token, string pointer)
    {
        if (token is null || token.Type == JTokenType.Null)
            return null;
        Mark(pointer, token);
        switch (token.Type)
        {
            case JTokenType.Integer:
            case JTokenType.Float:
                try { return token.Value<decimal>(); }
                catch (OverflowException) { throw Error(pointer, token, $"number {token} is out of range"); }
            case JTokenType.String when TryParseNumber((string)token!, out var parsed):
                return parsed;
            default:
                throw Error(pointer, token, $"expected a number but found {Describe(token)}");
        }
    }

    public int? Integer(JToken? token, string pointer)
    {
        var number = Number(token, pointer);
        if (number is null)
            return null;
        if (number != decimal.Truncate(number.Value) || number < int.MinValue || number > int.MaxValue)
            throw Error(pointer, token!, $"expected a whole number but found {number}");
        return (int)number.Value;
    }

    public static string Describe(JToken token) => token.Type switch
    {
        JTokenType.String => $"the string \"{Shorten((string)token!)}\"",
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.Boolean => $"{token.ToString().ToLowerInvariant()}",
        JTokenType.Integer or JTokenType.Float => $"the number {token}",
        _ => token.Type.ToString().ToLowerInvariant(),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    private static bool TryParseNumber(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out value);
}
