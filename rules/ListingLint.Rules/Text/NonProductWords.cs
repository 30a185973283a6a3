namespace ListingLint.Rules.Text;

/// <summary>Words that never name a product on their own: placeholders, promotion and condition words.</summary>
public static class NonProductWords
{
    public static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        "product", "item", "goods", "title", "untitled", "default", "test", "testing", "sample", "listing", "sku", "new",
        "hot", "sale", "best", "top", "free", "shipping", "delivery", "fast", "cheap", "cheapest", "discount", "offer", "deal",
        "promotion", "promo", "quality", "high", "good", "original", "genuine", "brand", "arrival", "latest", "newest", "popular",
        "fashion", "style", "stylish", "trendy", "luxury", "premium", "super", "great", "nice", "beautiful", "amazing", "perfect",
        "wholesale", "dropshipping", "dropship", "limited", "edition", "special", "gift", "lot", "pack", "unit", "copy", "draft",
        "tbd", "todo", "na", "null", "none", "unknown", "other", "misc", "various", "mixed", "random", "choose", "select", "option",
        "version", "model", "type", "size", "color", "colour", "year", "one", "two", "three", "update", "upgraded", "upgrade",
    };
}
