using ListingLint.Rules.Variants;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Variants;

public class LL2004DuplicateVariantTests
{
    private static readonly RuleTester Tester = RuleTester.For<LL2004DuplicateVariant>();

    [Fact]
    public void RepeatedSku_FiresAtTheSecondSku()
    {
        var found = Tester.Fires("""
            { "id": "x", "title": "Women Knitted Cardigan Sweater",
              "variants": [ { "sku": "CD-BLK-M", "options": { "Color": "Black", "Size": "M" }, "price": 18.9 },
                            { "sku": "cd-blk-m ", "options": { "Color": "Black", "Size": "L" }, "price": 18.9 } ] }
            """, "LL2004", "/variants/1/sku");
        Assert.Equal("0", found[0].Evidence["firstIndex"]);
    }

    [Fact]
    public void SameOptionsInAnyOrderAndCase_FiresAtTheOptions() =>
        Tester.Fires("""
            { "id": "x", "title": "Men Slim Fit Chino Pants",
              "variants": [ { "sku": "1", "options": { "Color": "Khaki", "Size": "32" }, "price": 21 },
                            { "sku": "2", "options": { "Color": "Navy", "Size": "32" }, "price": 21 },
                            { "sku": "3", "options": { "size": "32", "color": "KHAKI" }, "price": 19.5 } ] }
            """, "LL2004", "/variants/2/options");

    [Fact]
    public void DistinctVariants_AndVariantsWithoutSkuOrOptions_Quiet() => Tester.Quiet("""
        { "id": "x", "title": "Men Slim Fit Chino Pants",
          "variants": [ { "sku": "1", "options": { "Color": "Khaki", "Size": "32" }, "price": 21 },
                        { "sku": "2", "options": { "Color": "Khaki", "Size": "34" }, "price": 21 },
                        { "title": "Gift wrap", "price": 2 }, { "title": "Gift card", "price": 5 } ] }
        """);
}
