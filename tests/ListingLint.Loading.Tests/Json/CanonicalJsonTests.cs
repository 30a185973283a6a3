namespace ListingLint.Loading.Tests.Json;

public sealed class CanonicalJsonTests : IDisposable
{
    private readonly LoadingFixture _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void DesignExample_LoadsEveryField()
    {
        var path = _files.Write("listing.json", """
            {
              "id": "1005006543210",
              "title": "4K Action Camera",
              "description": "plain text",
              "brand": "GoPro",
              "category": ["Consumer Electronics", "Camera & Photo", "Sports & Action Video"],
              "price": { "amount": 59.99, "currency": "usd" },
              "attributes": { "Color": "Black", "Storage Capacity": "64GB" },
              "variants": [
                { "sku": "CAM-BLK-64", "title": "Black 64GB", "options": { "Color": "Black", "Bundle": "Camera" }, "price": 59.99, "stock": 120, "image": "images/cam-black.jpg" },
                { "sku": "MOUNT", "title": "Helmet mount only", "options": { "Bundle": "Mount" }, "price": 1.99 }
              ],
              "images": [ { "src": "images/cam-main.jpg", "role": "main" }, "images/cam-side.jpg", "https://cdn.example.com/x.jpg" ],
              "brandAuthorization": { "brand": "GoPro", "document": "auth/gopro.pdf", "validUntil": "2027-06-30" },
              "package": { "weightKg": 0.35, "dimensionsCm": [12, 9, 7] },
              "shipping": { "method": "AliExpress Standard Shipping", "handlingDays": 3, "shipsFrom": "CN" },
              "listinglint": { "suppress": [ { "id": "LL2001", "justification": "bundle sold as designed" } ] },
              "warehouse": { "code": "SZ-3" }
            }
            """);
        var listing = Assert.Single(_files.Load(path)).Listing!;
        Assert.Equal("1005006543210", listing.Id);
        Assert.Equal(new Model.Price(59.99m, "USD"), listing.Price);
        Assert.Equal("Sports & Action Video", listing.CategoryLeaf);
        Assert.Equal(["Color", "Storage Capacity"], listing.Attributes.Select(a => a.Name));
        Assert.Equal(2, listing.Variants.Count);
        Assert.Equal(1.99m, listing.Variants[1].Price);
        Assert.Equal("Mount", listing.Variants[1].OptionValue("bundle"));
        Assert.Equal(Path.Combine(_files.Folder, "images", "cam-main.jpg"), listing.Images[0].ResolvedPath);
        Assert.True(listing.Images[0].IsMain);
        Assert.Null(listing.Images[2].ResolvedPath);
        Assert.True(listing.Images[2].IsRemote);
        Assert.Equal(new DateOnly(2027, 6, 30), listing.BrandAuthorization!.ValidUntil);
        Assert.Equal([12m, 9m, 7m], listing.Package!.DimensionsCm);
        Assert.Equal(3, listing.Shipping!.HandlingDays);
        Assert.Equal("bundle sold as designed", listing.Suppressions[0].Justification);
        Assert.Equal("SZ-3", (string?)listing.Extra["warehouse"]["code"]);
    }

    [Fact]
    public void EveryValue_KeepsItsLocation()
    {
        var path = _files.Write("located.json", "{\n  \"id\": \"L1\",\n  \"title\": \"Scarf\",\n  \"variants\": [\n    { \"sku\": \"A\", \"price\": 2 }\n  ]\n}");
        var listing = Assert.Single(_files.Load(path)).Listing!;
        Assert.Equal((3, 12), (listing.At("/title").Line, listing.At("/title").Column));
        Assert.Equal((5, 5), (listing.Variants[0].Location.Line, listing.Variants[0].Location.Column));
        Assert.Equal((5, 28), (listing.At("/variants/0/price").Line, listing.At("/variants/0/price").Column));
        Assert.Equal(path, listing.Location.File);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(70)]
    public void ManyVariants_EachKeepsItsOwnPointers(int index)
    {
        var variants = string.Join(",\n", Enumerable.Range(0, 71).Select(i => $$"""{ "sku": "S{{i}}", "price": {{i + 1}} }"""));
        var path = _files.Write("grid.json", "{ \"id\": \"G1\", \"title\": \"Socks\", \"variants\": [\n" + variants + "\n] }");
        var listing = Assert.Single(_files.Load(path)).Listing!;
        Assert.Equal($"/variants/{index}", listing.Variants[index].Location.Pointer);
        Assert.Equal(index + 2, listing.Variants[index].Location.Line);
        var price = listing.At($"/variants/{index}/price");
        Assert.Equal((index + 2, 24 + $"{index}".Length), (price.Line, price.Column));
    }

    [Fact]
    public void AttributesAsArray_KeepRepeatedNamesInOrder()
    {
        var path = _files.Write("attrs.json", """
            { "id": "A1", "title": "Mug", "attributes": [ { "name": "Feature", "value": "Dishwasher safe" }, { "name": "Feature", "value": "Microwave safe" }, { "name": "Capacity", "value": 350 } ] }
            """);
        var listing = Assert.Single(_files.Load(path)).Listing!;
        Assert.Equal(["Dishwasher safe", "Microwave safe"], listing.AttributesNamed("feature").Select(a => a.Value));
        Assert.Equal("350", listing.Attributes[2].Value);
        Assert.Equal("/attributes/1/value", listing.Attributes[1].Location.Pointer);
    }

    [Fact]
    public void ArrayFile_YieldsOneListingPerElement_WithPointers()
    {
        var path = _files.Write("many.json", """[ { "id": "a", "title": "A" }, { "id": "b", "title": "B" }, 42 ]""");
        var results = _files.Load(path);
        Assert.Equal(["a", "b"], results.Where(r => r.Listing is not null).Select(r => r.Listing!.Id));
        Assert.Equal("/1", results[1].Listing!.Pointer);
        Assert.Contains("expected a listing object but found the number 42", results[2].Error!.Message);
    }

    [Fact]
    public void ListingWithoutId_GetsOneFromItsFileAndPosition()
    {
        var path = _files.Write("noid.ndjson", "{\"title\":\"A\"}\n\n{\"title\":\"B\"}\n");
        Assert.Equal(["noid.ndjson:1", "noid.ndjson:3"], _files.Load(path).Select(r => r.Listing!.Id));
    }

    [Fact]
    public void ImagePathLeavingTheRoot_IsNeverResolved()
    {
        var path = _files.Write("shop/listing.json", """{ "id": "x", "title": "T", "images": ["../../etc/passwd", "/etc/hosts", "ok.jpg"] }""");
        var listing = Assert.Single(_files.Load(path)).Listing!;
        Assert.True(listing.Images[0].OutsideRoot);
        Assert.Null(listing.Images[0].ResolvedPath);
        Assert.True(listing.Images[1].OutsideRoot);
        Assert.Equal(Path.Combine(_files.Folder, "shop", "ok.jpg"), listing.Images[2].ResolvedPath);
    }

    [Fact]
    public void UnknownShape_SaysWhichFormatsAreKnown()
    {
        var path = _files.Write("shape.json", """{ "products": [ { "handle": "x" } ] }""");
        var error = Assert.Single(_files.Load(path)).Error!;
        Assert.Equal("LL0002", error.Id);
        Assert.Contains("known formats: canonical listing JSON", error.Message);
    }

    [Fact]
    public void NameWithoutTitle_IsTheTitle_AndTitleWinsOverName()
    {
        var path = _files.Write("export.ndjson", """
            { "id": "A", "name": "Mars HeatTech Pullover" }
            { "id": "B", "title": "Wool Scarf", "name": "ignored" }
            """);
        var loaded = _files.Load(path).Select(r => r.Listing!).ToArray();
        Assert.Equal("Mars HeatTech Pullover", loaded[0].Title);
        Assert.Equal(new Model.Location(path, "/title", 1, 22), loaded[0].At("/title") with { File = path });
        Assert.Equal("Wool Scarf", loaded[1].Title);
    }
}
