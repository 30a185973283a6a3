using ListingLint.Loading;
using ListingLint.Model;
using ListingLint.Rules.Variants;

namespace ListingLint.Rules.Tests.Variants;

/// <summary>Small variant sets are scanned, large grids indexed: both must find the same repeats.</summary>
public class DuplicateVariantsTests
{
    private const string Repeats = """
        { "sku": "A", "options": { "Color": "Black", "Size": "M" } },
        { "sku": "B", "options": { "Color": "Black", "Size": "L" } },
        { "sku": " a", "options": { "Color": "White", "Size": "S" } },
        { "sku": "C", "options": { "size": "m", "color": "BLACK" } },
        { "options": { "Color": "Red", "Size": "M" } },
        { "options": { "Color": "Red", "Size": "M" } },
        { "sku": "D" },
        { "sku": "d" },
        { "sku": "E", "options": { "Color": "Navy Blue", "Size": "M" } },
        { "sku": "F", "options": { "Color": "Navy-Blue", "Size": "XL" } },
        { "sku": "G", "options": { "Color": "Grey", "Size": "M" } },
        { "sku": "H", "options": { "Color": "navy blue", "Size": "xl" } }
        """;

    private static readonly (int Variant, int First, string By)[] Expected =
        [(2, 0, "sku"), (3, 0, "options"), (5, 4, "options"), (7, 6, "sku"), (11, 9, "options")];

    [Fact]
    public void SmallVariantSet_FindsEachRepeatWithItsFirstOccurrence() =>
        Assert.Equal(Expected, Found(Listing(Repeats)));

    [Fact]
    public void LargeGrid_FindsTheSameRepeats()
    {
        var padding = string.Join(",\n", Enumerable.Range(0, 30).Select(k => $$"""{ "sku": "P{{k}}", "options": { "Color": "Pattern {{k}}", "Size": "M" } }"""));
        Assert.Equal(Expected, Found(Listing(Repeats + ",\n" + padding)));
    }

    private static (int, int, string)[] Found(Listing listing) =>
        DuplicateVariants.Find(listing).Select(d => (d.Variant.Index, d.First.Index, d.By)).ToArray();

    private static Listing Listing(string variants) =>
        new ListingReader().LoadText($$"""{ "id": "x", "title": "Women Cardigan", "variants": [ {{variants}} ] }""", "x.json", ".")
            .Single().Listing!;
}
