using ListingLint.Configuration;
using ListingLint.Loading;
using ListingLint.Rules.Brand;

namespace ListingLint.Rules.Tests.Brand;

public class BrandFactProviderTests
{
    private static readonly BrandFactProvider Provider = new(AuditConfiguration.Default);

    [Theory]
    [InlineData("""{ "id": "1" }""")]
    [InlineData("""{ "id": "1", "title": "", "brand": "", "description": "" }""")]
    [InlineData("""{ "id": "1", "title": "!!! --- ???", "description": "<div><br/></div>&nbsp;" }""")]
    [InlineData("""{ "id": "1", "title": "for", "description": "like the" }""")]
    [InlineData("""{ "id": "1", "title": "2024新款 蓝牙耳机 for iPhone", "category": ["", "手机配件"] }""")]
    [InlineData("""{ "id": "1", "title": "Nike", "brand": "Nike", "brandAuthorization": { "brand": "Nike", "document": "" } }""")]
    public void OddListings_GiveFactsWithoutThrowing(string json)
    {
        var listing = new ListingReader().LoadText(json).Single().Listing!;
        Assert.NotNull(Provider.GetFacts(listing).ToArray());
    }

    [Fact]
    public void MentionRolesAndProductBrand_AreFacts()
    {
        var listing = new ListingReader().LoadText(
            """{ "id": "1", "title": "Spigen Ultra Hybrid Case for iPhone 15 Pro", "brand": "Spigen", "category": ["Phone Bags & Cases"] }""").Single().Listing!;
        var facts = Provider.GetFacts(listing).ToArray();

        var mentions = facts.OfType<BrandMention>().ToDictionary(m => m.Brand);
        Assert.Equal(MentionRole.AsBrand, mentions["Spigen"].Role);
        Assert.Equal(MentionRole.Compatibility, mentions["Apple"].Role);
        Assert.Equal("for", mentions["Apple"].Cue);
        Assert.Equal("Spigen", Assert.Single(facts.OfType<ProductBrand>()).Brand);
        Assert.False(Assert.Single(facts.OfType<BrandField>()).IsGeneric);
    }
}
