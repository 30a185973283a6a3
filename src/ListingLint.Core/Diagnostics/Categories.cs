namespace ListingLint.Diagnostics;

/// <summary>Rule categories and the ID range each owns (DESIGN.md, "Diagnostics").</summary>
public static class Categories
{
    public const string Engine = "Engine";
    public const string Attributes = "Attributes";
    public const string Variants = "Variants";
    public const string Brand = "Brand";
    public const string Images = "Images";
    public const string Text = "Text";
    public const string Shipping = "Shipping";
    public const string Consistency = "Consistency";

    public static readonly IReadOnlyDictionary<string, char> RangeDigit = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase)
    {
        [Engine] = '0',
        [Attributes] = '1',
        [Variants] = '2',
        [Brand] = '3',
        [Images] = '4',
        [Text] = '5',
        [Shipping] = '6',
        [Consistency] = '7',
    };

    public static IReadOnlyCollection<string> All => RangeDigit.Keys.ToArray();
}
