namespace ListingLint.Rules.Text;

/// <summary>Promotional phrases found in a title.</summary>
public sealed record PromotionalWording(List<string> Strong, List<string> Weak)
{
    public bool Any => Strong.Count > 0 || Weak.Count > 0;
}

/// <summary>Sales talk that marketplaces bar from titles. Strong phrases are warnings; phrases that often describe the item ("high quality") are info.</summary>
public static class PromotionalPhrases
{
    public static readonly PhraseSet Strong = new([
        "free shipping", "free shipment", "free delivery", "fast shipping", "fast delivery", "ship in 24 hours", "hot sale", "hot selling",
        "hot seller", "top sale", "top selling", "best", "best seller", "best selling", "best price", "lowest price", "cheapest",
        "cheap price", "100% quality", "100% good quality", "top quality", "limited offer", "limited time", "flash sale", "big sale",
        "mega sale", "clearance", "clearance sale", "promotion", "promo", "discount", "special offer", "buy 1 get 1", "buy one get one",
        "on sale", "sale price", "must have", "must buy", "number 1", "no 1 seller",
        // Says nothing about the item and is stale within months; marketplaces bar time-sensitive wording.
        "new arrival", "2024 new arrival", "2025 new arrival", "2026 new arrival", "2027 new arrival",
    ]);

    public static readonly PhraseSet Weak = new([
        "high quality", "good quality", "hot", "newest", "latest", "2024 new", "2025 new", "2026 new", "100% new",
        "100% brand new", "brand new", "100% original", "dropshipping", "dropship", "wholesale", "factory price", "factory direct",
    ]);

    /// <summary>Product names in which "best" is not praise of the listing ("Best Friend Necklace", "World's Best Dad Mug").</summary>
    public static readonly PhraseSet Exceptions = new([
        "best friend", "best friends forever", "bestie", "best man", "best men", "best mom", "best mum", "best dad", "best wishes",
        "best grandma", "best grandpa", "best sister", "best brother", "best teacher", "best nurse", "best aunt", "best uncle",
        "best boss", "best buddy", "best wife", "best husband", "best day", "best life", "hot pink", "hot water", "hot air",
        "hot glue", "hot tub", "hot wheels", "hot sauce", "hot pot", "hot dog", "hot plate", "hot comb", "hot stamping", "hot melt",
        "hot spring", "hot rolled", "hot cold", "hot and cold", "hot press", "hot swap", "hot swappable", "hot shoe",
    ]);

    /// <summary>Promotional phrases in <paramref name="words"/> (singular words), strongest first, skipping product names.</summary>
    public static PromotionalWording Find(IReadOnlyList<string> words)
    {
        var strong = new List<string>();
        var weak = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (Exceptions.MatchAt(words, i) is { } exception)
            {
                i += exception.Length - 1;
                continue;
            }
            if (Strong.MatchAt(words, i) is { } s)
            {
                strong.Add(s.Phrase);
                i += s.Length - 1;
            }
            else if (Weak.MatchAt(words, i) is { } w)
            {
                weak.Add(w.Phrase);
                i += w.Length - 1;
            }
        }
        return new PromotionalWording(strong, weak);
    }
}
