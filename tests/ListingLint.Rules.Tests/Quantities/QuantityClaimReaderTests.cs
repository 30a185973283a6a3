using ListingLint.Loading;
using ListingLint.Model;
using ListingLint.Rules.Shared.Quantities;

namespace ListingLint.Rules.Tests.Quantities;

public class QuantityClaimReaderTests
{
    [Fact]
    public void RamWordBelongsToTheCapacityBeforeIt()
    {
        var claims = Read("""{ "id": "1", "title": "Smartphone 16GB RAM 1TB 7.3 inch", "attributes": { "RAM": "16GB" } }""");
        Assert.Equal(QuantityRole.Ram, Title(claims, 16).Role);
        Assert.Equal(QuantityRole.Storage, Title(claims, 1000).Role);
        Assert.Equal(QuantityRole.ScreenSize, claims.Single(c => c.Dimension == Dimension.Length).Role);
    }

    [Fact]
    public void LabelsBeforeEachCapacity_AreReadInOrder()
    {
        var claims = Read("""{ "id": "1", "title": "Tablet RAM 8GB ROM 256GB" }""");
        Assert.Equal(QuantityRole.Ram, Title(claims, 8).Role);
        Assert.Equal(QuantityRole.Storage, Title(claims, 256).Role);
    }

    [Fact]
    public void RamWithVirtualExpansion_IsNotInstalledRam()
    {
        var claims = Read("""{ "id": "1", "title": "Tablet 10.1 Inch 12GB(4+8 Expand) 128GB", "attributes": { "RAM": "4GB", "ROM": "128GB" } }""");
        Assert.Equal(QuantityRole.None, Title(claims, 12).Role);
    }

    [Fact]
    public void EarbudsTitleCapacity_MayBeTheCaseOrTheBuds()
    {
        var claims = Read("""{ "id": "1", "title": "TWS Wireless Earbuds with Charging Case 300mAh" }""");
        Assert.Equal(QuantityRole.None, Assert.Single(claims).Role);
    }

    [Fact]
    public void UnlabelledCapacities_MatchTheAttributes()
    {
        var claims = Read("""{ "id": "1", "title": "Tablet 10.6 inch 4GB 128GB", "attributes": { "RAM": "4GB", "Storage": "128GB" } }""");
        Assert.Equal(QuantityRole.Ram, Title(claims, 4).Role);
        Assert.Equal(QuantityRole.Storage, Title(claims, 128).Role);
    }

    [Fact]
    public void UnlabelledCapacities_WithoutAnyRam_AreStorage()
    {
        var claims = Read("""{ "id": "1", "title": "USB Flash Drive 64GB 128GB", "attributes": { "Capacity": "64GB" } }""");
        Assert.All(claims, c => Assert.Equal(QuantityRole.Storage, c.Role));
    }

    [Fact]
    public void PlusPairInVariantOption_IsRamThenStorage()
    {
        var claims = Read("""{ "id": "1", "title": "Phone", "variants": [ { "sku": "a", "options": { "Storage": "4GB+128GB" } } ] }""");
        Assert.Equal([QuantityRole.Ram, QuantityRole.Storage], claims.Select(c => c.Role));
        Assert.Equal("/variants/0/options/Storage", claims[0].Location.Pointer);
    }

    [Theory]
    [InlineData("Expandable Memory", "Up to 1TB")]
    [InlineData("Max RAM Supported", "32GB")]
    [InlineData("Rated Capacity", "6000mAh")]
    [InlineData("Peak Power", "3000W")]
    [InlineData("Max Capacity", "10kg")]
    [InlineData("Package Weight", "0.5kg")]
    public void LimitsAndOtherFigures_HaveNoRole(string name, string value)
    {
        var claims = Read($$"""{ "id": "1", "title": "Item", "attributes": { "{{name}}": "{{value}}" } }""");
        Assert.Equal(QuantityRole.None, Assert.Single(claims).Role);
    }

    [Fact]
    public void MassInScaleTitle_IsNotTheItemWeight()
    {
        var claims = Read("""{ "id": "1", "title": "Digital Kitchen Scale 10kg/1g" }""");
        Assert.All(claims, c => Assert.Equal(QuantityRole.None, c.Role));
    }

    private static QuantityClaim Title(IReadOnlyList<QuantityClaim> claims, double value) =>
        claims.Single(c => c.Source == QuantitySource.Title && c.Dimension == Dimension.Data && Math.Abs(c.Quantity.Value - value) < 0.01);

    private static IReadOnlyList<QuantityClaim> Read(string json)
    {
        var listing = new ListingReader().LoadText(json).Single().Listing!;
        return QuantityClaimReader.Read(listing);
    }
}
