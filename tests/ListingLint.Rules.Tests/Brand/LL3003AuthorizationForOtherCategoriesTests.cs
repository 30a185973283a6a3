using ListingLint.Diagnostics;
using ListingLint.Rules.Brand;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Brand;

public class LL3003AuthorizationForOtherCategoriesTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL3003AuthorizationForOtherCategories>();

    private static string Listing(string category, string authorized) => $$"""
        { "id": "1", "title": "Nike Dri-FIT Men's Running T-Shirt", "brand": "Nike", "category": {{category}},
          "brandAuthorization": { "brand": "Nike", "validUntil": "2099-12-31", "categories": {{authorized}} } }
        """;

    [Fact]
    public void ClothingUnderShoeAuthorization_FiresAtAuthorization()
    {
        var found = Tester.Fires(Listing("""["Men's Clothing", "Tops & Tees"]""", """["Shoes"]"""), "LL3003", "/brandAuthorization", Severity.Warning);
        Assert.Equal("Shoes", found[0].Evidence["authorized"]);
        Assert.Equal("Men's Clothing > Tops & Tees", found[0].Evidence["category"]);
    }

    [Fact]
    public void HeadphonesUnderHomeAppliances_Fires()
    {
        Tester.Fires("""
            { "id": "1", "title": "Bose QuietComfort 45 Bluetooth Headphones", "brand": "Bose", "category": ["Consumer Electronics", "Earphones & Headphones"],
              "brandAuthorization": { "brand": "Bose", "categories": ["Home Appliances"] } }
            """, "LL3003", "/brandAuthorization");
    }

    [Theory]
    [InlineData("""["Men's Clothing", "Tops & Tees"]""", """["Men's Clothing"]""")]
    [InlineData("""["Men's Clothing", "Tops & Tees"]""", """["Shoes", "Apparel"]""")]
    [InlineData("""["Men's Clothing", "Tops & Tees"]""", """[]""")]
    [InlineData("""[]""", """["Shoes"]""")]
    [InlineData("""["Men's Clothing"]""", """["Licensed Goods"]""")]
    public void CoveredOrUnknown_Quiet(string category, string authorized)
    {
        Tester.Quiet(Listing(category, authorized));
    }

    [Fact]
    public void HairExtensionsAuthorization_DoesNotCoverSkinCare()
    {
        Tester.Fires("""
            { "id": "1", "title": "L'Oreal Paris Revitalift Hyaluronic Acid Serum 30ml", "brand": "L'Oreal Paris", "category": ["Beauty & Health", "Skin Care", "Serum"],
              "brandAuthorization": { "brand": "L'Oreal Paris", "validUntil": "2099-12-31", "categories": ["Hair Extensions & Wigs"] } }
            """, "LL3003", "/brandAuthorization");
    }

    [Theory]
    [InlineData("""["Home Improvement", "Lighting", "LED Bulbs"]""", """["Lights & Lighting"]""")]
    [InlineData("""["Hair Extensions & Wigs", "Human Hair Wigs"]""", """["Wigs"]""")]
    [InlineData("""["Home & Garden", "Pet Products", "Dog Beds"]""", """["Pet Supplies"]""")]
    public void SameMarketplaceCategoryNamedAnotherWay_Quiet(string category, string authorized)
    {
        Tester.Quiet($$"""
            { "id": "1", "title": "Philips Hue White Ambiance Smart Bulb", "brand": "Philips", "category": {{category}},
              "brandAuthorization": { "brand": "Philips", "validUntil": "2099-12-31", "categories": {{authorized}} } }
            """);
    }

    [Fact]
    public void CyclingAuthorization_DoesNotCoverFishing_ThoughBothAreSports()
    {
        Tester.Fires("""
            { "id": "1", "title": "Shimano Sedona FI 2500 Spinning Fishing Reel", "brand": "Shimano", "category": ["Sports & Entertainment", "Fishing", "Fishing Reels"],
              "brandAuthorization": { "brand": "Shimano", "validUntil": "2099-12-31", "categories": ["Cycling", "Bicycle Components"] } }
            """, "LL3003", "/brandAuthorization");
        Tester.Quiet("""
            { "id": "1", "title": "Shimano Sedona FI 2500 Spinning Fishing Reel", "brand": "Shimano", "category": ["Fishing", "Fishing Reels"],
              "brandAuthorization": { "brand": "Shimano", "validUntil": "2099-12-31", "categories": ["Sports"] } }
            """);
    }

    [Theory]
    [InlineData("Philips", "Philips Airfryer XXL Digital Air Fryer", """["Home Appliances", "Kitchen Appliances", "Air Fryers"]""", """["Shavers and Personal Care"]""")]
    [InlineData("Under Armour", "Under Armour Men's Tech 2.0 Short Sleeve T-Shirt", """["Sports & Outdoors", "Sportswear", "T-Shirts"]""", """["Running Shoes"]""")]
    public void AuthorizedKindOfProductIsTheCategorysLastWord_Fires(string brand, string title, string category, string authorized) =>
        Tester.Fires($$"""
            { "id": "1", "title": "{{title}}", "brand": "{{brand}}", "category": {{category}},
              "brandAuthorization": { "brand": "{{brand}}", "validUntil": "2099-12-31", "categories": {{authorized}} } }
            """, "LL3003", "/brandAuthorization");

    [Theory]
    [InlineData("""["Beauty & Health", "Shaving & Hair Removal", "Men's Electric Shavers"]""", """["Shavers and Personal Care"]""")]
    [InlineData("""["Home Appliances", "Kitchen Appliances", "Air Fryers"]""", """["Kitchen Appliances"]""")]
    [InlineData("""["Home Appliances", "Kitchen Appliances", "Air Fryers"]""", """["Home Appliances"]""")]
    public void AuthorizedKindCoversTheListing_Quiet(string category, string authorized) =>
        Tester.Quiet($$"""
            { "id": "1", "title": "Philips Series 5000 Product", "brand": "Philips", "category": {{category}},
              "brandAuthorization": { "brand": "Philips", "validUntil": "2099-12-31", "categories": {{authorized}} } }
            """);

    [Fact]
    public void ConsumerElectronicsCoversPhones_Quiet()
    {
        Tester.Quiet("""
            { "id": "1", "title": "Xiaomi Redmi Note 13 Pro 5G Smartphone", "brand": "Xiaomi", "category": ["Phones & Telecommunications", "Mobile Phones"],
              "brandAuthorization": { "brand": "Xiaomi", "categories": ["Consumer Electronics"] } }
            """);
    }

    [Fact]
    public void PhonesAuthorization_DoesNotCoverEarphones()
    {
        Tester.Fires("""
            { "id": "1", "title": "Samsung Galaxy Buds FE", "brand": "Samsung", "category": ["Consumer Electronics", "Earphones"],
              "brandAuthorization": { "brand": "Samsung", "validUntil": "2099-12-31", "categories": ["phones"] } }
            """, "LL3003", "/brandAuthorization");
        Tester.Quiet("""
            { "id": "1", "title": "Samsung Galaxy A15 Smartphone", "brand": "Samsung", "category": ["Phones & Telecommunications", "Mobile Phones"],
              "brandAuthorization": { "brand": "Samsung", "validUntil": "2099-12-31", "categories": ["phones"] } }
            """);
    }
}
