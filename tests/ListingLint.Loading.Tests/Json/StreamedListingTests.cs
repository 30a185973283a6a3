using ListingLint.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Tests.Json;

/// <summary>
/// A listing is streamed from an NDJSON line and read from a parsed tree in a JSON file: both readers must give the
/// same listing, field for field, with the same values located.
/// </summary>
public sealed class StreamedListingTests : IDisposable
{
    private readonly LoadingFixture _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string> ListingFiles()
    {
        var data = new TheoryData<string>();
        var fixtures = Path.Combine(FormatFixtures.Root, "fixtures");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(fixtures, "rules"), "*.json", SearchOption.AllDirectories)
                     .Concat([Path.Combine(fixtures, "listings", "storefront.json")])
                     .Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(fixtures, file));
        return data;
    }

    [Fact]
    public void LongLineOfMultiByteText_IsReadWhole_AndLaterFieldsKeepTheirColumns()
    {
        // Longer than the JSON reader's buffer, with characters of two, three and four UTF-8 bytes (a surrogate pair).
        var title = string.Concat(Enumerable.Repeat("Café ☕ 𝄞 ", 500));
        var line = $$"""{"id":"long","title":"{{title}}","brand":"Acme"}""";
        var listing = Assert.Single(_files.Load(_files.Write("long.ndjson", line + "\n"))).Listing!;
        Assert.Equal(title, listing.Title);
        Assert.Equal("Acme", listing.Brand);
        Assert.Equal(line.IndexOf("\"Acme\"", StringComparison.Ordinal) + 1, listing.At("/brand").Column);
    }

    [Theory]
    [MemberData(nameof(ListingFiles))]
    public void NdjsonLine_GivesTheListingTheJsonFileGives(string fixture)
    {
        var source = Path.Combine(FormatFixtures.Root, "fixtures", fixture);
        var parsed = JToken.Parse(File.ReadAllText(source));
        var objects = parsed is JArray array ? array.Children<JObject>().ToArray() : [(JObject)parsed];
        var fromFile = _files.Load(_files.Write("tree/" + Path.GetFileName(source), parsed.ToString()));
        var lines = _files.Write("streamed/listings.ndjson", string.Join("\n", objects.Select(o => o.ToString(Formatting.None))) + "\n");
        var fromLines = _files.Load(lines);

        Assert.Equal(fromFile.Count, fromLines.Count);
        for (var i = 0; i < fromFile.Count; i++)
        {
            Assert.True(fromFile[i].Listing is not null, fromFile[i].Error?.Message);
            Assert.True(fromLines[i].Listing is not null, fromLines[i].Error?.Message);
            Assert.Equal(Fields(fromFile[i].Listing!), Fields(fromLines[i].Listing!));
            Assert.Equal(Pointers(fromFile[i].Listing!), Pointers(fromLines[i].Listing!));
            Assert.All(fromLines[i].Listing!.Source.Entries, e => Assert.Equal(i + 1, e.Value.Line));
        }
    }

    [Fact]
    public void FieldGivenTwice_CountsOnceWithItsLastValue()
    {
        var path = _files.Write("twice.ndjson", """{"id":"a","title":"Old","attributes":{"Color":"Red","Size":"M","Color":["Blue","Green"]},"title":"New"}""" + "\n");
        var listing = Assert.Single(_files.Load(path)).Listing!;
        Assert.Equal("New", listing.Title);
        Assert.Equal(["Color=Blue@0", "Color=Green@1", "Size=M@2"], listing.Attributes.Select(a => $"{a.Name}={a.Value}@{a.Index}"));
    }

    [Fact]
    public void ContentErrorBeforeTheId_StillNamesTheListing()
    {
        var path = _files.Write("late-id.ndjson", """{"price":"abc","id":"named-late"}""" + "\n");
        var result = Assert.Single(_files.Load(path));
        Assert.Equal("named-late", result.Error!.ListingId);
        Assert.Contains("/price", result.Error.Message);
    }

    // Everything the model holds except where it came from (formats, positions and line offsets differ by design).
    private static string Fields(Listing listing) => JsonConvert.SerializeObject(new
    {
        listing.Id, listing.Title, listing.Description, listing.Brand, listing.Category, listing.Price,
        Attributes = listing.Attributes.Select(a => new { a.Name, a.Value, a.Index, a.Location.Pointer }),
        Variants = listing.Variants.Select(v => new
        {
            v.Index, v.Sku, v.Title, v.Price, v.Stock, v.Image, v.Location.Pointer,
            Options = v.Options.Select(o => new { o.Name, o.Value, o.Location.Pointer }),
            Extra = v.Extra.ToDictionary(e => e.Key, e => e.Value.ToString(Formatting.None)),
        }),
        Images = listing.Images.Select(i => new { i.Index, i.Src, i.Role, i.Alt, Resolved = i.ResolvedPath is not null, i.OutsideRoot, i.Location.Pointer }),
        Authorization = listing.BrandAuthorization is { } a ? new { a.Brand, a.Document, a.ValidFrom, a.ValidUntil, a.Categories } : null,
        Package = listing.Package is { } p ? new { p.WeightKg, p.DimensionsCm } : null,
        Shipping = listing.Shipping is { } s ? new { s.Method, s.HandlingDays, s.ShipsFrom } : null,
        listing.Page,
        Suppressions = listing.Suppressions.Select(x => new { x.RuleId, x.Justification }),
        Extra = listing.Extra.ToDictionary(e => e.Key, e => e.Value.ToString(Formatting.None)),
    });

    private static string[] Pointers(Listing listing) => listing.Source.Entries.Select(e => e.Key).Order(StringComparer.Ordinal).ToArray();
}
