using System.Globalization;
using System.Numerics;
using ListingLint.IO;
using ListingLint.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Canonical;

/// <summary>
/// State for mapping one listing object: where it came from, its source map, and typed readers that fail with a location.
/// Values are read from a <see cref="JsonReader"/> positioned on them (the listing is streamed, not built as a tree);
/// the <see cref="JToken"/> overloads serve the few small fields read as a whole.
/// </summary>
internal sealed class MappingContext
{
    private static readonly JsonLoadSettings SubtreeSettings = new()
    {
        LineInfoHandling = LineInfoHandling.Load,
        CommentHandling = CommentHandling.Ignore,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Replace,
    };

    public MappingContext(string file, string listingPointer, int lineOffset, LoadOptions options)
    {
        File = file;
        ListingPointer = listingPointer;
        LineOffset = lineOffset;
        Options = options;
        // Room for a typical listing's values, so the map is not regrown several times per listing.
        Map = new SourceMap(file, capacity: 64);
    }

    public string File { get; }
    public string ListingPointer { get; }
    public int LineOffset { get; }
    public LoadOptions Options { get; }
    public SourceMap Map { get; }

    /// <summary>Moves to the next token that is not a comment; false at the end of the input.</summary>
    public static bool TryNext(JsonReader reader)
    {
        while (reader.Read())
        {
            if (reader.TokenType != JsonToken.Comment)
                return true;
        }
        return false;
    }

    /// <summary>Moves to the next token inside a value; input that ends there is not valid JSON.</summary>
    public static bool Next(JsonReader reader)
    {
        if (TryNext(reader))
            return true;
        var info = reader as IJsonLineInfo;
        throw new JsonReaderException("Unexpected end of content.", reader.Path, info?.LineNumber ?? 0, info?.LinePosition ?? 0, null);
    }

    /// <summary>Reads the value the reader is on as a tree, for fields that are small and rare.</summary>
    public static JToken Subtree(JsonReader reader) => JToken.ReadFrom(reader, SubtreeSettings);

    /// <summary>Records where the reader's current token (a property: its key) starts and returns its location.</summary>
    public Location Mark(string pointer, JsonReader reader) => Mark(pointer, JsonPositions.StartOf(reader));

    /// <summary>Records where <paramref name="token"/> starts and returns its location.</summary>
    public Location Mark(string pointer, JToken token) => Mark(pointer, JsonPositions.StartOf(token));

    // Mark without building the location, for values whose location is looked up later, if ever.
    private void Record(string pointer, JsonReader reader) => Add(pointer, JsonPositions.StartOf(reader));

    private Location Mark(string pointer, (int Line, int Column) position) =>
        Add(pointer, position)
            ? new Location(File, pointer, position.Line + LineOffset, position.Column)
            : new Location(File, pointer, 0, 0);

    // False when the value has no position (a tree built without line information).
    private bool Add(string pointer, (int Line, int Column) position)
    {
        if (position.Line <= 0)
            return false;
        Map.Add(pointer, position.Line + LineOffset, position.Column);
        return true;
    }

    public ListingLoadException Error(string pointer, JsonReader reader, string problem) => Error(Mark(pointer, reader), pointer, problem);

    public ListingLoadException Error(string pointer, JToken token, string problem) => Error(Mark(pointer, token), pointer, problem);

    public static ListingLoadException Error(Location location, string pointer, string problem) =>
        new(location, $"{problem} at {(pointer.Length == 0 ? "the listing" : pointer)}");

    public string? String(JsonReader reader, string pointer, bool allowScalars = true)
    {
        if (reader.TokenType == JsonToken.Null)
            return null;
        Record(pointer, reader);
        var text = reader.TokenType switch
        {
            JsonToken.String => (string)reader.Value!,
            JsonToken.Integer or JsonToken.Float or JsonToken.Boolean when allowScalars => Convert.ToString(reader.Value, CultureInfo.InvariantCulture)!,
            _ => throw Error(pointer, reader, $"expected a string but found {Describe(reader)}"),
        };
        if (text.Length > Options.MaxStringLength)
            throw Error(pointer, reader, $"string of {text.Length:N0} characters is longer than the limit of {Options.MaxStringLength:N0}");
        return text;
    }

    public decimal? Number(JsonReader reader, string pointer)
    {
        if (reader.TokenType == JsonToken.Null)
            return null;
        Record(pointer, reader);
        switch (reader.TokenType)
        {
            case JsonToken.Integer:
            case JsonToken.Float:
                try { return reader.Value is BigInteger big ? (decimal)big : Convert.ToDecimal(reader.Value, CultureInfo.InvariantCulture); }
                catch (OverflowException) { throw Error(pointer, reader, $"number {reader.Value} is out of range"); }
            case JsonToken.String when TryParseNumber((string)reader.Value!, out var parsed):
                return parsed;
            default:
                throw Error(pointer, reader, $"expected a number but found {Describe(reader)}");
        }
    }

    public int? Integer(JsonReader reader, string pointer)
    {
        var number = Number(reader, pointer);
        if (number is null)
            return null;
        if (number != decimal.Truncate(number.Value) || number < int.MinValue || number > int.MaxValue)
            throw Error(pointer, reader, $"expected a whole number but found {number}");
        return (int)number.Value;
    }

    public string? String(JToken? token, string pointer, bool allowScalars = true) =>
        token is null ? null : String(ReaderOn(token), pointer, allowScalars);

    public decimal? Number(JToken? token, string pointer) => token is null ? null : Number(ReaderOn(token), pointer);

    public int? Integer(JToken? token, string pointer) => token is null ? null : Integer(ReaderOn(token), pointer);

    public static string Describe(JToken token) => Describe(ReaderOn(token));

    public static string Describe(JsonReader reader) => reader.TokenType switch
    {
        JsonToken.String => $"the string \"{Shorten((string)reader.Value!)}\"",
        JsonToken.StartObject => "an object",
        JsonToken.StartArray => "an array",
        JsonToken.Boolean => Convert.ToString(reader.Value, CultureInfo.InvariantCulture)!.ToLowerInvariant(),
        JsonToken.Integer or JsonToken.Float => $"the number {reader.Value}",
        JsonToken.StartConstructor => "constructor",
        var other => other.ToString().ToLowerInvariant(),
    };

    // A reader standing on the token, with the token's own line information, for the tree-shaped fields.
    private static JsonReader ReaderOn(JToken token)
    {
        var reader = token.CreateReader();
        reader.Read();
        return reader;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    private static bool TryParseNumber(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out value);
}
