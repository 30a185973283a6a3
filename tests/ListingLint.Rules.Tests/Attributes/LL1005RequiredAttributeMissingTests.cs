using ListingLint.Diagnostics;
using ListingLint.Rules.Attributes;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Attributes;

public class LL1005RequiredAttributeMissingTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL1005RequiredAttributeMissing>();

    [Fact]
    public void PhoneWithoutRam_FiresAsInfo()
    {
        const string json = """
            { "id": "p", "title": "Smartphone 6.5 inch", "brand": "Xiaomi", "category": ["Phones & Telecommunications", "Mobile Phones"],
              "attributes": { "ROM": "128GB" } }
            """;
        var found = Tester.Run(json).Where(d => d.Id == "LL1005").ToArray();
        var ram = Assert.Single(found);
        Assert.Equal(Severity.Info, ram.Severity);
        Assert.Equal("/attributes", ram.Location.Pointer);
        Assert.Equal("RAM", ram.Evidence["attribute"]);
        Assert.Equal("Mobile phones", ram.Evidence["profile"]);
    }

    [Fact]
    public void AliasesBrandFieldAndVariantOptions_Satisfy()
    {
        const string json = """
            { "id": "p", "title": "Smartphone", "brand": "Xiaomi", "category": ["Mobile Phones"],
              "attributes": { "Memory (RAM)": "8GB" }, "variants": [ { "sku": "a", "options": { "Storage Capacity": "256GB" } } ] }
            """;
        Tester.Quiet(json);
    }

    [Fact]
    public void ClothingWithoutMaterial_Fires() =>
        Tester.Fires("""{ "id": "c", "title": "Hoodie", "category": ["Men's Clothing", "Hoodies & Sweatshirts"], "variants": [ { "sku": "m", "options": { "Size": "M" } } ] }""",
            "LL1005", "/attributes", Severity.Info);

    [Theory]
    [InlineData("""[]""")]
    [InlineData("""["Home & Garden", "Kitchen"]""")]
    [InlineData("""["Phones & Telecommunications", "Mobile Phone Accessories", "Phone Cases"]""")]
    public void CategoryWithoutProfile_Quiet(string category) =>
        Tester.Quiet($$"""{ "id": "x", "title": "Item", "category": {{category}} }""");

    [Fact]
    public void UserProfile_AddsRequirements()
    {
        var tester = RuleTester.For<LL1005RequiredAttributeMissing>("""
            { "categoryProfiles": [ { "name": "Rings", "match": ["Rings"], "required": ["Ring Size", { "attribute": "Metal", "aliases": ["Material"] }] } ] }
            """);
        var found = tester.Run("""{ "id": "r", "title": "Silver Ring", "category": ["Jewelry", "Rings"], "attributes": { "Material": "925 Silver" } }""");
        Assert.Equal(["Ring Size"], found.Where(d => d.Id == "LL1005").Select(d => d.Evidence["attribute"]));
    }

    [Fact]
    public void UserProfileWithDefaultName_ReplacesIt()
    {
        var tester = RuleTester.For<LL1005RequiredAttributeMissing>("""
            { "categoryProfiles": [ { "name": "Mobile phones", "match": ["Mobile Phones"], "required": ["Brand"] } ] }
            """);
        tester.Quiet("""{ "id": "p", "title": "Phone", "brand": "Nokia", "category": ["Mobile Phones"] }""");
    }

    [Fact]
    public void UseDefaultProfilesOff_Quiet()
    {
        var tester = RuleTester.For<LL1005RequiredAttributeMissing>("""{ "rules": { "LL1005": { "useDefaultProfiles": false } } }""");
        tester.Quiet("""{ "id": "p", "title": "Phone", "category": ["Mobile Phones"] }""");
    }

    [Fact]
    public void MalformedProfile_IsAConfigurationError() =>
        Assert.ThrowsAny<Exception>(() => RuleTester.For<LL1005RequiredAttributeMissing>("""{ "categoryProfiles": [ { "name": "x", "match": "Rings", "required": [] } ] }"""));
}
