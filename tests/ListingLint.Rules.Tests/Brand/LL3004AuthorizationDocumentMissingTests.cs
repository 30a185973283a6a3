using ListingLint.Diagnostics;
using ListingLint.Rules.Brand;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Brand;

public sealed class LL3004AuthorizationDocumentMissingTests : IDisposable
{
    private static readonly RuleTester Tester = RuleTester.For<LL3004AuthorizationDocumentMissing>();
    private readonly StoreFolder _folder = new();

    private static string Listing(string document) => $$"""
        { "id": "1", "title": "GoPro HERO12 Black Action Camera", "brand": "GoPro",
          "brandAuthorization": { "brand": "GoPro", "document": "{{document}}", "validUntil": "2099-12-31" } }
        """;

    [Fact]
    public void MissingNextToListing_FiresAtDocument()
    {
        var found = Tester.Run(Listing("auth/gopro.pdf"), "listing.json", _folder.Path).Where(d => d.Id == "LL3004").ToArray();
        Assert.Single(found);
        Assert.Equal("/brandAuthorization/document", found[0].Location.Pointer);
        Assert.Equal(Severity.Warning, found[0].Severity);
        Assert.Equal(Path.Combine(_folder.Path, "auth", "gopro.pdf"), found[0].Evidence["resolved"]);
    }

    [Fact]
    public void PresentNextToListing_Quiet()
    {
        _folder.Write("auth/gopro.pdf", "letter");
        Assert.DoesNotContain(Tester.Run(Listing("auth/gopro.pdf"), "listing.json", _folder.Path), d => d.Id == "LL3004");
    }

    [Fact]
    public void Url_IsNotChecked()
    {
        Tester.Quiet(Listing("https://docs.example.com/gopro.pdf"));
    }

    [Fact]
    public void StoreFileDocument_ResolvesAgainstTheStoreFile()
    {
        _folder.Write("store/authorizations.json", """
            [ { "brand": "Anker", "document": "letters/anker.pdf" },
              { "brand": "Baseus", "document": "letters/baseus.pdf" } ]
            """);
        _folder.Write("store/letters/anker.pdf", "letter");
        var tester = RuleTester.For<LL3004AuthorizationDocumentMissing>($$"""{ "authorizations": "{{_folder.PathOf("store/authorizations.json")}}" }""");

        tester.Quiet("""{ "id": "1", "title": "Anker PowerCore 10000mAh Power Bank", "brand": "Anker" }""");
        var found = tester.Fires("""{ "id": "2", "title": "Baseus 65W GaN Charger", "brand": "Baseus" }""", "LL3004", "/authorizations/1/document");
        Assert.Equal("letters/baseus.pdf", found[0].Evidence["document"]);
    }

    public void Dispose() => _folder.Dispose();
}
