using ListingLint.Imaging;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Images;

/// <summary>Testers for image rules: real image facts, listings read as if they sat in <c>fixtures/</c> (so <c>rules/LL4nnn/images/…</c> resolve).</summary>
internal static class ImageTesters
{
    public static string Fixtures => Path.Combine(RepositoryPaths.Root, "fixtures");

    public static RuleTester For<TRule>(string? configurationJson = null) =>
        RuleTester.For<TRule>(configurationJson, typeof(ImageFactProvider).Assembly).In(Fixtures);

    /// <summary>A configuration whose reference catalog is <c>fixtures/reference-images</c>.</summary>
    public static string WithReferenceCatalog(string rulesJson = "{}") =>
        $$"""{ "referenceImages": [{{System.Text.Json.JsonSerializer.Serialize(Path.Combine(Fixtures, "reference-images"))}}], "rules": {{rulesJson}} }""";

    public static string Listing(string id, params string[] images) =>
        $$"""{ "id": "{{id}}", "title": "Stainless Steel Water Bottle 750ml", "images": [{{string.Join(", ", images.Select(i => $"\"{i}\""))}}] }""";
}
