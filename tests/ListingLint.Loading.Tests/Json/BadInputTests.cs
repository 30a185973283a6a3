using System.Text;

namespace ListingLint.Loading.Tests.Json;

/// <summary>Bad input never stops the batch: each problem is one LL0002 with its location, and every other listing loads.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly LoadingFixture _files = new();

    public void Dispose() => _files.Dispose();

    private const string Good = """{"id":"good","title":"Cotton Socks"}""";

    [Fact]
    public void MalformedNdjsonLine_IsOneErrorAndTheOtherLinesLoad()
    {
        var path = _files.Write("feed.ndjson", Good + "\n{\"id\":\"broken\",\"title\":\n" + Good.Replace("good", "after") + "\n");
        var results = _files.Load(path);
        Assert.Equal(["good", null, "after"], results.Select(r => r.Listing?.Id));
        var error = results[1].Error!;
        Assert.Equal("LL0002", error.Id);
        Assert.Equal(2, error.Location.Line);
        Assert.StartsWith("not valid JSON", error.Message);
    }

    [Theory]
    [InlineData("""{"id":"p","price":"abc"}""", "expected a number but found the string \"abc\" at /price", "/price")]
    [InlineData("""{"id":"p","title":["x"]}""", "expected a string but found an array at /title", "/title")]
    [InlineData("""{"id":"p","variants":{"sku":"x"}}""", "expected an array of variants but found an object", "/variants")]
    [InlineData("""{"id":"p","variants":[{"sku":"x","stock":1.5}]}""", "expected a whole number but found 1.5", "/variants/0/stock")]
    [InlineData("""{"id":"p","attributes":{"Color":{"r":1}}}""", "attribute 'Color' has an object as its value", "/attributes/Color")]
    public void WrongType_IsLocatedAtTheValue(string line, string message, string pointer)
    {
        var path = _files.Write("types.ndjson", Good + "\n" + line + "\n");
        var results = _files.Load(path);
        Assert.Equal("good", results[0].Listing!.Id);
        var error = results[1].Error!;
        Assert.Equal("p", error.ListingId);
        Assert.Contains(message, error.Message);
        Assert.Equal(pointer, error.Location.Pointer);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void InvalidUtf8_IsReportedWithLineAndColumn_InNdjsonAndJson()
    {
        var bytes = Encoding.UTF8.GetBytes(Good + "\n{\"id\":\"bad\",\"title\":\"caf").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\"}\n" + Good.Replace("good", "after") + "\n")).ToArray();
        var ndjson = _files.Load(_files.WriteBytes("bad.ndjson", bytes));
        Assert.Equal(["good", null, "after"], ndjson.Select(r => r.Listing?.Id));
        Assert.Equal((2, 25), (ndjson[1].Error!.Location.Line, ndjson[1].Error!.Location.Column));
        Assert.Contains("invalid UTF-8", ndjson[1].Error!.Message);

        var array = Encoding.UTF8.GetBytes("[\n" + Good + ",\n{\"id\":\"bad\",\"title\":\"caf").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("\"},\n" + Good.Replace("good", "after") + "\n]")).ToArray();
        var json = _files.Load(_files.WriteBytes("bad.json", array));
        Assert.Equal(["good", null, "after"], json.Select(r => r.Listing?.Id));
        Assert.Equal(3, json[1].Error!.Location.Line);
    }

    [Fact]
    public void ByteOrderMark_IsAccepted()
    {
        var path = _files.WriteBytes("bom.json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Good)]);
        var ndjsonPath = _files.WriteBytes("bom.ndjson", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Good + "\n")]);
        Assert.Equal("good", Assert.Single(_files.Load(path)).Listing!.Id);
        Assert.Equal("good", Assert.Single(_files.Load(ndjsonPath)).Listing!.Id);
    }

    [Fact]
    public void Utf16File_IsDecoded()
    {
        var path = _files.WriteBytes("utf16.json", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Good)]);
        Assert.Equal("good", Assert.Single(_files.Load(path)).Listing!.Id);
    }

    [Theory]
    [InlineData("", "file is empty")]
    [InlineData("  \n\t\n", "file is empty")]
    public void EmptyFile_IsOneError(string text, string message)
    {
        var error = Assert.Single(_files.Load(_files.Write("empty.json", text))).Error!;
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void BinaryFile_IsOneError()
    {
        var error = Assert.Single(_files.Load(_files.WriteBytes("image.json", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]))).Error!;
        Assert.Contains("binary", error.Message);
    }

    [Fact]
    public void NestingTenThousandDeep_IsOneErrorAndTheOtherLinesLoad()
    {
        var deep = "{\"id\":\"deep\",\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}";
        var results = _files.Load(_files.Write("deep.ndjson", deep + "\n" + Good + "\n"));
        Assert.Contains("nesting is deeper than the limit of 64 levels", results[0].Error!.Message);
        Assert.Equal("good", results[1].Listing!.Id);
    }

    [Fact]
    public void FiftyMegabyteString_IsOneErrorAndTheOtherLinesLoad()
    {
        var huge = "{\"id\":\"huge\",\"description\":\"" + new string('a', 50 * 1024 * 1024) + "\"}";
        var results = _files.Load(_files.Write("huge.ndjson", huge + "\n" + Good + "\n"));
        Assert.Contains("longer than the limit", results[0].Error!.Message);
        Assert.Equal(1, results[0].Error!.Location.Line);
        Assert.Equal("good", results[1].Listing!.Id);
    }

    [Fact]
    public void FiftyMegabyteString_InAJsonFile_IsOneErrorForThatListing()
    {
        var huge = "[{\"id\":\"huge\",\"description\":\"" + new string('a', 50 * 1024 * 1024) + "\"}," + Good + "]";
        var results = _files.Load(_files.Write("huge.json", huge));
        Assert.Contains("/description", results[0].Error!.Message);
        Assert.Equal("good", results[1].Listing!.Id);
    }

    [Fact]
    public void SyntaxErrorInJsonFile_IsReportedAndOtherFilesStillLoad()
    {
        var broken = _files.Write("a-broken.json", "[" + Good + ", {\"id\": }]");
        var fine = _files.Write("b-fine.json", Good);
        var results = _files.Load(broken, fine);
        Assert.Equal("good", results[0].Listing!.Id);
        Assert.StartsWith("not valid JSON", results[1].Error!.Message);
        Assert.Equal("good", results[2].Listing!.Id);
    }

    [Fact]
    public void MissingPath_IsOneError()
    {
        var error = Assert.Single(_files.Load(Path.Combine(_files.Folder, "nope.json"))).Error!;
        Assert.Equal("path not found", error.Message);
    }

    [Fact]
    public void InputFiles_AreNeverModified()
    {
        var path = _files.Write("keep.json", Good);
        var before = File.ReadAllBytes(path);
        var stamp = File.GetLastWriteTimeUtc(path);
        _files.Load(path);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
    }
}
