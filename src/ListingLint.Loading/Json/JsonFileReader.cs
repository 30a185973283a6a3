using ListingLint.IO;
using System.Text;
using ListingLint.Loading.Canonical;
using ListingLint.Loading.Inputs;
using ListingLint.Loading.Text;
using ListingLint.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Json;

/// <summary>
/// Reads a JSON file holding one listing, an array of listings, several top-level values, or a document in a
/// registered external format. Arrays are streamed element by element, so memory does not grow with their length.
/// </summary>
internal sealed class JsonFileReader(LoadOptions options, IReadOnlyList<IDocumentFormat> documentFormats, string knownFormats)
{
    private static readonly JsonLoadSettings LoadSettings = new()
    {
        LineInfoHandling = LineInfoHandling.Load,
        CommentHandling = CommentHandling.Ignore,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Replace,
    };

    public IEnumerable<PendingListing> Read(InputFile input, Stream stream, bool utf16)
    {
        var invalidUtf8 = utf16 || !stream.CanSeek ? [] : ScanUtf8(stream);
        using var text = new StreamReader(stream, utf16 ? Encoding.Unicode : new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 1 << 16);
        using var reader = new JsonTextReader(text)
        {
            SupportMultipleContent = true,
            MaxDepth = options.MaxDepth,
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
        };
        var element = 0;
        var inArray = false;
        while (true)
        {
            var next = Next(reader, input, ref inArray, ref element);
            if (next is null)
                yield break;
            var (item, pointer, index, error) = next.Value;
            if (error is not null)
            {
                yield return Immediate(input, error);
                yield break;
            }
            var span = (StartLine: ((IJsonLineInfo)item!).LineNumber, EndLine: reader.LineNumber);
            var bad = invalidUtf8.FirstOrDefault(p => p.Line >= span.StartLine && p.Line <= span.EndLine);
            var fallbackId = index < 0 ? Path.GetFileNameWithoutExtension(input.DisplayPath) : $"{Path.GetFileName(input.DisplayPath)}#{index}";
            if (bad.Line > 0)
            {
                yield return Immediate(input, LoadResult.Failed(fallbackId, new Location(input.DisplayPath, "", bad.Line, bad.Column).WithPointer(""),
                    $"invalid UTF-8 byte sequence at line {bad.Line}, byte column {bad.Column}").Error!);
                continue;
            }
            // An array element can be a document too (a list of JSON-LD products), so formats are tried for each element.
            var document = item is JObject root ? documentFormats.FirstOrDefault(f => f.Matches(root)) : null;
            if (document is not null)
            {
                var context = new DocumentContext(input.DisplayPath, input.Directory, options.ImageRoot ?? input.Root, options);
                yield return new PendingListing(input.DisplayPath, () => document.Map((JObject)item!, context).ToArray());
                continue;
            }
            if (item is not JObject obj)
            {
                var (line, column) = JsonPositions.StartOf(item!);
                yield return Immediate(input, LoadResult.Failed(fallbackId, new Location(input.DisplayPath, pointer, line, column),
                    $"expected a listing object but found {MappingContext.Describe(item!)}").Error!);
                continue;
            }
            yield return new PendingListing(input.DisplayPath,
                () => [CanonicalListings.Map(obj, input, pointer, 0, fallbackId, "json", options, knownFormats)]);
        }
    }

    private static IReadOnlyList<(int Line, int Column)> ScanUtf8(Stream stream)
    {
        var found = Utf8Scanner.FindInvalid(stream);
        stream.Seek(0, SeekOrigin.Begin);
        return found;
    }

    private static PendingListing Immediate(InputFile input, Diagnostics.Diagnostic error) =>
        new(input.DisplayPath, () => [LoadResult.Failed(error)]);

    /// <summary>The next listing-sized value: an array element, or a whole top-level value. Null at the end; an error ends the file.</summary>
    private static (JToken? Item, string Pointer, int Index, Diagnostics.Diagnostic? Error)? Next(JsonTextReader reader, InputFile input, ref bool inArray, ref int element)
    {
        try
        {
            while (true)
            {
                if (!reader.Read())
                    return null;
                if (inArray)
                {
                    if (reader.TokenType == JsonToken.EndArray)
                    {
                        inArray = false;
                        continue;
                    }
                    var index = element++;
                    return (JToken.ReadFrom(reader, LoadSettings), JsonPointer.Append("", index), index, null);
                }
                if (reader.TokenType == JsonToken.StartArray)
                {
                    inArray = true;
                    continue;
                }
                return (JToken.ReadFrom(reader, LoadSettings), "", -1, null);
            }
        }
        catch (JsonReaderException e)
        {
            var message = "not valid JSON: " + Describe(e);
            return (null, "", -1, LoadResult.Failed(Path.GetFileNameWithoutExtension(input.DisplayPath),
                new Location(input.DisplayPath, "", e.LineNumber, e.LinePosition), message).Error);
        }
    }

    internal static string Describe(JsonReaderException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (cut > 0)
            message = message[..cut];
        if (message.Contains("MaxDepth", StringComparison.Ordinal))
            message = "nesting is deeper than the limit of 64 levels";
        return message.TrimEnd('.');
    }
}
