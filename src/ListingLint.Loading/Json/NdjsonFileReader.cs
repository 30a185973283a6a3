using System.Text;
using ListingLint.Loading.Canonical;
using ListingLint.Loading.Inputs;
using ListingLint.Loading.Text;
using ListingLint.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Json;

/// <summary>
/// Reads NDJSON: one listing per line. Lines are read as bytes in order and parsed later (in parallel) by
/// <see cref="PendingListing.Load"/>, so a bad line is one LL0002 and every other line is still audited.
/// </summary>
internal sealed class NdjsonFileReader(LoadOptions options, string knownFormats)
{
    private static readonly JsonLoadSettings LoadSettings = new()
    {
        LineInfoHandling = LineInfoHandling.Load,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Replace,
    };

    public IEnumerable<PendingListing> Read(InputFile input, Stream stream)
    {
        var name = Path.GetFileName(input.DisplayPath);
        foreach (var line in Utf8LineReader.ReadLines(stream, options.MaxLineBytes))
        {
            if (!line.TooLong && IsBlank(line.Bytes!))
                continue;
            var captured = line;
            yield return new PendingListing(input.DisplayPath, () => [Parse(input, name, captured)]);
        }
    }

    private LoadResult Parse(InputFile input, string name, RawLine line)
    {
        var fallbackId = $"{name}:{line.Number}";
        if (line.TooLong)
            return LoadResult.Failed(fallbackId, new Location(input.DisplayPath, "", line.Number, 1),
                $"line is {line.Length:N0} bytes, longer than the limit of {options.MaxLineBytes:N0}");
        var bytes = line.Bytes!;
        var invalid = Utf8Scanner.FirstInvalidColumn(bytes);
        if (invalid > 0)
            return LoadResult.Failed(fallbackId, new Location(input.DisplayPath, "", line.Number, invalid),
                $"invalid UTF-8 byte sequence at byte column {invalid}");
        try
        {
            using var reader = new JsonTextReader(new DecodedLineReader(bytes))
            {
                ArrayPool = SharedCharPool.Instance,
                MaxDepth = options.MaxDepth,
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
                PropertyNameTable = RepeatedPropertyNames.OfThread,
            };
            MappingContext.TryNext(reader);
            if (reader.TokenType != JsonToken.StartObject)
            {
                var token = JToken.ReadFrom(reader, LoadSettings);
                return reader.Read()
                    ? MoreThanOneValue(input, line, fallbackId, reader)
                    : LoadResult.Failed(fallbackId, new Location(input.DisplayPath, "", line.Number, 1),
                        $"expected a listing object but found {MappingContext.Describe(token)}");
            }
            var result = CanonicalListings.Map(reader, () => IdOf(Encoding.UTF8.GetString(bytes)), input, "", line.Number - 1, fallbackId, "ndjson", options, knownFormats);
            // Invalid JSON later on the line outranks a content error found before it (and a second value, the listing).
            while (result.Listing is null && reader.Read())
            {
            }
            return reader.Read() ? MoreThanOneValue(input, line, fallbackId, reader) : result;
        }
        catch (JsonReaderException e)
        {
            return LoadResult.Failed(fallbackId, new Location(input.DisplayPath, "", line.Number, e.LinePosition),
                "not valid JSON: " + JsonFileReader.Describe(e));
        }
    }

    private static LoadResult MoreThanOneValue(InputFile input, RawLine line, string fallbackId, JsonTextReader reader) =>
        LoadResult.Failed(fallbackId, new Location(input.DisplayPath, "", line.Number, reader.LinePosition),
            "more than one JSON value on the line (NDJSON holds one listing per line)");

    // Only for an error found before the listing's id was read: the line is parsed again to find it.
    private static string? IdOf(string text)
    {
        try
        {
            return JToken.Parse(text) is JObject obj ? CanonicalListings.IdOf(obj) : null;
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }

    private static bool IsBlank(byte[] bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                return false;
        }
        return true;
    }
}
