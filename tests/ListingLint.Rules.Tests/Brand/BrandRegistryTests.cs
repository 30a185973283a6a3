using ListingLint.Configuration;
using ListingLint.Rules.Brand;
using ListingLint.Rules.Brand.Registry;
using ListingLint.Rules.Shared;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Brand;

public class BrandRegistryTests
{
    private static readonly string[] CategoryKeys =
        ["phones", "computers", "audio", "cameras", "gaming", "electronics", "appliances", "shoes", "bags", "watches", "jewelry",
         "eyewear", "fashion", "sports", "toys", "beauty", "tools", "automotive", "home", "baby"];

    [Fact]
    public void DefaultList_HasAFewHundredBrands_InKnownCategories()
    {
        var entries = BrandRegistryReader.Default.Entries;
        Assert.True(entries.Count >= 300, $"only {entries.Count} brands");
        Assert.All(entries, e => Assert.NotEmpty(e.Categories));
        Assert.Empty(entries.SelectMany(e => e.Categories).Except(CategoryKeys));
    }

    [Fact]
    public void DefaultList_NoNameBelongsToTwoBrands()
    {
        var clashes = BrandRegistryReader.Default.Entries
            .SelectMany(e => e.Terms.Select(t => (Term: TextNormalizer.Normalize(t), e.Name)))
            .GroupBy(p => p.Term)
            .Where(g => g.Select(p => p.Name).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToArray();
        Assert.Empty(clashes);
    }

    [Theory]
    [InlineData("nike", "Nike")]
    [InlineData("Louis Vuitton", "Louis Vuitton")]
    [InlineData("Redmi", "Xiaomi")]
    [InlineData("Anker Official Store", "Anker")]
    [InlineData("L'Oréal", "L'Oreal")]
    [InlineData("Apple Inc.", "Apple")]
    [InlineData("L'Oreal Paris", "L'Oreal")]
    [InlineData("Anker Innovations", "Anker")]
    [InlineData("Samsung Electronics Co., Ltd.", "Samsung")]
    [InlineData("L'Oréal Paris", "L'Oreal")]
    [InlineData("LOreal Paris", "L'Oreal")]
    [InlineData("Galaxy Buds", "Samsung")]
    public void Resolve_FindsBrandByNameAliasOrCompanyName(string value, string expected)
    {
        Assert.Equal(expected, BrandRegistryReader.Default.Resolve(value)?.Name);
    }

    [Theory]
    [InlineData("Apple Tree Kids")]
    [InlineData("Shell Beach Crafts")]
    [InlineData("Ankerbox")]
    [InlineData("Homely")]
    public void Resolve_DoesNotTakeAnEverydayWordOrAPartOfAWordForABrand(string value)
    {
        Assert.Null(BrandRegistryReader.Default.Resolve(value));
    }

    [Fact]
    public void ShortNames_MatchOnlyInCapitals()
    {
        var registry = BrandRegistryReader.Default;
        Assert.Single(MentionMatcher.Find(TextTokens.Of("LG 55 inch OLED TV"), registry, true, new ListingCategoryKeys([], null), null));
        Assert.Empty(MentionMatcher.Find(TextTokens.Of("Water pump 2hp 1.5 hp motor"), registry, true, new ListingCategoryKeys([], null), null));
    }

    [Fact]
    public void StoreBrandFile_AddsBrands_AndReplacesDefaultsByName()
    {
        using var store = new StoreFolder();
        store.Write("brands.json", """
            { "brands": [ { "name": "Yuemei", "aliases": ["YM Fashion"], "categories": ["fashion"] },
                          { "name": "Nike", "categories": ["shoes"], "common": true } ] }
            """);
        var registry = BrandRegistryReader.For(new AuditConfiguration { BaseDirectory = store.Path, Brands = ["brands.json"] });

        Assert.Equal("Yuemei", registry.Resolve("YM Fashion")?.Name);
        Assert.True(registry.Resolve("Nike")!.Common);
        Assert.Equal(BrandRegistryReader.Default.Entries.Count + 1, registry.Entries.Count);
    }

    [Fact]
    public void StoreBrandFile_ExtendsTheRules()
    {
        using var store = new StoreFolder();
        store.Write("brands.json", """[ { "name": "Yuemei", "categories": ["fashion"] } ]""");
        var tester = RuleTester.For<LL3006BrandFieldDisagreesWithTitle>($$"""{ "brands": ["{{store.PathOf("brands.json")}}"] }""");
        tester.Fires("""{ "id": "1", "title": "Yuemei Women Summer Floral Dress", "brand": "Zara" }""", "LL3006", "/brand");
    }

    [Theory]
    [InlineData("""{ "brands": [ { "aliases": ["x"] } ] }""", "each brand needs a 'name'")]
    [InlineData("""{ "brands": [ { "name": "X", "categories": "fashion" } ] }""", "'categories' must be an array of strings")]
    [InlineData("""{ "brand": [] }""", "a brand file is an array")]
    [InlineData("""[ { "name": "X", """, "not valid JSON")]
    public void BrokenBrandFile_IsAConfigurationError(string json, string problem)
    {
        var error = Assert.Throws<ConfigurationException>(() => BrandRegistryReader.Read(json, "store/brands.json"));
        Assert.Contains(problem, error.Message);
        Assert.Equal("store/brands.json", error.File);
    }

    [Fact]
    public void AuthorizationDateNotIso_IsAConfigurationErrorWithLine()
    {
        using var store = new StoreFolder();
        store.Write("authorizations.json", "[\n  { \"brand\": \"Nike\", \"validUntil\": \"31/12/2027\" }\n]");
        var configuration = new AuditConfiguration { BaseDirectory = store.Path, Authorizations = "authorizations.json" };
        var error = Assert.Throws<ConfigurationException>(() => new BrandFactProvider(configuration));
        Assert.Equal(2, error.Line);
        Assert.Contains("yyyy-MM-dd", error.Message);
    }

    [Fact]
    public void MissingAuthorizationsFile_IsAConfigurationError()
    {
        var configuration = new AuditConfiguration { BaseDirectory = Path.GetTempPath(), Authorizations = "no-such-authorizations.json" };
        var error = Assert.Throws<ConfigurationException>(() => new BrandFactProvider(configuration));
        Assert.Contains("authorizations file not found", error.Message);
    }
}
