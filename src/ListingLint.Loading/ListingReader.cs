using ListingLint.Loading.Inputs;
using ListingLint.Loading.Json;
using ListingLint.Loading.Text;
using ListingLint.Model;

namespace ListingLint.Loading;

/// <summary>Reads listings from files and standard input in any supported format; every problem becomes an LL0002 result, never an exception.</summary>
public sealed class ListingReader
{
    private readonly LoadOptions _options;
    private readonly IReadOnlyList<IFileFormat> _fileFormats;
    private readonly JsonFileReader _json;
    private readonly NdjsonFileReader _ndjson;

    public ListingReader(LoadOptions? options = null, IEnumerable<IFileFormat>? fileFormats = null, IEnumerable<IDocumentFormat>? documentFormats = null)
    {
        _options = options ?? LoadOptions.Default;
        _fileFormats = fileFormats?.ToArray() ?? [];
        var documents = documentFormats?.ToArray() ?? [];
        KnownFormats = string.Join(", ", new[] { "canonical listing JSON", "NDJSON" }
            .Concat(documents.Select(d => d.Name))
            .Concat(_fileFormats.Select(f => f.Name)));
        _json = new JsonFileReader(_options, documents, KnownFormats);
        _ndjson = new NdjsonFileReader(_options, KnownFormats);
    }

    public string KnownFormats { get; }

    /// <summary>Reads every input in order, except saved pages that listings among the inputs name as their landing page.</summary>
    public IEnumerable<PendingListing> Read(IEnumerable<InputFile> inputs)
    {
        var files = inputs as IReadOnlyList<InputFile> ?? inputs.ToArray();
        var landingPages = files.Any(IsPage) ? Html.LandingPageReferences.Find(files, _options) : [];
        foreach (var input in files)
        {
            if (IsPage(input) && landingPages.Contains(Path.GetFullPath(input.FullPath!)))
                continue;
            foreach (var pending in Read(input))
                yield return pending;
        }
    }

    private static bool IsPage(InputFile input) => input.FullPath is not null && Html.HtmlPageFormat.IsPage(input);

    public IEnumerable<PendingListing> Read(InputFile input)
    {
        var format = _fileFormats.FirstOrDefault(f => f.CanRead(input));
        if (format is not null)
            return format.Read(input, _options);
        return input.IsStandardInput ? ReadStandardInput(input) : ReadFile(input);
    }

    /// <summary>Loads listings from text as if it were the file <paramref name="name"/> in <paramref name="directory"/> (tests, editors).</summary>
    public IReadOnlyList<LoadResult> LoadText(string text, string name = "inline.json", string? directory = null)
    {
        var folder = directory ?? Directory.GetCurrentDirectory();
        var input = new InputFile(name, Path.Combine(folder, name), folder);
        var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return ReadOpened(input, stream).SelectMany(p => p.Load()).ToArray();
    }

    public static PendingListing Missing(string path) =>
        Failure(path, "path not found");

    private IEnumerable<PendingListing> ReadFile(InputFile input)
    {
        Stream stream;
        try
        {
            stream = new FileStream(input.FullPath!, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [Failure(input.DisplayPath, "cannot open file: " + e.Message)];
        }
        return ReadOpened(input, stream);
    }

    private IEnumerable<PendingListing> ReadOpened(InputFile input, Stream stream)
    {
        using (stream)
        {
            var kind = stream.CanSeek ? InputSniffer.Sniff(stream) : InputKind.Text;
            switch (kind)
            {
                case InputKind.Empty:
                    yield return Failure(input.DisplayPath, "file is empty");
                    yield break;
                case InputKind.Binary:
                    yield return Failure(input.DisplayPath, "file is binary (it contains NUL bytes), not JSON text");
                    yield break;
            }
            var items = kind == InputKind.Text && IsNdjson(input) ? _ndjson.Read(input, stream) : _json.Read(input, stream, kind == InputKind.Utf16);
            foreach (var item in items)
                yield return item;
        }
    }

    private IEnumerable<PendingListing> ReadStandardInput(InputFile input)
    {
        // Standard input is spooled to a temporary file once, so that a batch can be read twice (image index pass,
        // then audit pass). NDJSON when the first value ends on its first line, else JSON.
        var spool = StandardInputSpool.Path;
        var stream = new FileStream(spool, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var peek = new PeekableStream(stream);
        var firstLine = peek.PeekLine(_options.MaxLineBytes);
        stream.Seek(0, SeekOrigin.Begin);
        var looksLikeNdjson = firstLine.TrimStart().StartsWith("{", StringComparison.Ordinal) && firstLine.TrimEnd().EndsWith("}", StringComparison.Ordinal);
        return ReadSpooled(input, stream, looksLikeNdjson);
    }

    private IEnumerable<PendingListing> ReadSpooled(InputFile input, Stream stream, bool ndjson)
    {
        using (stream)
        {
            foreach (var item in ndjson ? _ndjson.Read(input, stream) : _json.Read(input, stream, utf16: false))
                yield return item;
        }
    }

    private static bool IsNdjson(InputFile input) => input.Extension is ".ndjson" or ".jsonl";

    private static PendingListing Failure(string path, string message) =>
        new(path, () => [LoadResult.Failed(Path.GetFileName(path), new Location(path, "", 0, 0), message)]);
}
