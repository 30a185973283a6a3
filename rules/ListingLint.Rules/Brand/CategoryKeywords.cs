using System.Collections.Frozen;
using ListingLint.Rules.Shared;

namespace ListingLint.Rules.Brand;

/// <summary>
/// Maps words of category paths and titles to the category keys the brand registry uses (phones, shoes, beauty, …),
/// so that "Earphones &amp; Headphones" and a brand's "audio" meet.
/// </summary>
public static class CategoryKeywords
{
    private static readonly FrozenDictionary<string, string[]> ByWord = Build(new Dictionary<string, string>
    {
        ["phones"] = "phone phones smartphone smartphones mobile cellphone telecommunications iphone",
        ["computers"] = "computer computers laptop laptops notebook pc tablet tablets monitor ssd office printer printers router",
        ["audio"] = "earphone earphones headphone headphones earbuds earbud headset headsets speaker speakers audio soundbar tws",
        ["cameras"] = "camera cameras photo photography dslr mirrorless camcorder drone drones",
        ["gaming"] = "game games gaming console consoles gamepad gamepads joystick",
        ["electronics"] = "electronics electronic",
        ["appliances"] = "appliance appliances vacuum refrigerator fridge microwave blender fryer dryer dryers kettle coffee purifier humidifier heater iron shaver",
        ["shoes"] = "shoe shoes sneaker sneakers boots boot sandals trainers footwear slippers loafers heels",
        ["bags"] = "bag bags handbag handbags backpack backpacks wallet wallets purse purses tote totes luggage suitcase crossbody",
        ["watches"] = "watch watches smartwatch wristwatch",
        ["jewelry"] = "jewelry jewellery necklace necklaces ring rings bracelet bracelets earrings earring pendant",
        ["eyewear"] = "eyewear sunglasses glasses spectacles",
        ["fashion"] = "clothing apparel dress dresses shirt shirts tshirt tee tees hoodie hoodies sweatshirt sweatshirts jacket jackets jeans pants coat coats sweater skirt shorts leggings underwear socks tops",
        ["sports"] = "sports sport fitness running football soccer basketball tennis golf yoga cycling gym badminton swimming",
        ["toys"] = "toy toys hobbies doll dolls puzzle puzzles blocks plush lego figure figures",
        ["beauty"] = "beauty makeup cosmetics cosmetic lipstick mascara skincare skin cream lotion shampoo perfume perfumes fragrance fragrances serum foundation soap deodorant",
        ["tools"] = "tool tools drill drills screwdriver wrench saw",
        ["automotive"] = "car cars auto automotive automobiles motorcycle motorcycles motor tire tires vehicle",
        ["home"] = "home candle candles pillow blanket curtain towel mug mugs kitchen cookware bottle",
        ["baby"] = "baby maternity diaper diapers stroller",
        // Marketplace categories no registry brand sells in: they let an authorization for one be told from another.
        ["hair"] = "hair wig wigs hairpiece",
        ["lighting"] = "lights lighting lamp lamps bulb bulbs chandelier chandeliers",
        ["furniture"] = "furniture sofa sofas wardrobe mattress",
        ["pets"] = "pet pets dog dogs cat cats aquarium",
        // Narrower than "appliances" and "sports" (see Parents): an authorization for shavers does not cover an air fryer,
        // one for cycling does not cover fishing reels.
        ["kitchenappliances"] = "kitchen fryer airfryer blender kettle microwave toaster juicer cooker coffee espresso mixer",
        ["personalcare"] = "personal shaver epilator trimmer toothbrush razor",
        ["cycling"] = "cycling bicycle bicycles bike bikes",
        ["fishing"] = "fishing angling",
        ["camping"] = "camping tent tents",
    });

    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Lookup = ByWord.GetAlternateLookup<ReadOnlySpan<char>>();

    // A key that covers others: an authorization for "Consumer Electronics" covers phones and headphones.
    private static readonly FrozenDictionary<string, string[]> Covers = new Dictionary<string, string[]>
    {
        ["electronics"] = ["phones", "computers", "audio", "cameras", "gaming", "watches"],
        ["sports"] = ["cycling", "fishing", "camping"],
        ["appliances"] = ["kitchenappliances", "personalcare"],
    }.ToFrozenDictionary();

    /// <summary>Adds the keys the words of <paramref name="text"/> name to <paramref name="keys"/>.</summary>
    public static void AddKeys(TextTokens text, HashSet<string> keys)
    {
        for (var i = 0; i < text.Count; i++)
        {
            if (KeysOfWord(text.Word(i)) is { } found)
                keys.UnionWith(found);
        }
    }

    /// <summary>Whether the word names a kind of product or category ("shoes", "kitchen").</summary>
    public static bool IsKeyword(ReadOnlySpan<char> word) => KeysOfWord(word) is not null;

    // "Fryers", "Shavers": a plural finds its singular's keys.
    private static string[]? KeysOfWord(ReadOnlySpan<char> word) =>
        Lookup.TryGetValue(word, out var found) || word.Length > 3 && word[^1] == 's' && Lookup.TryGetValue(word[..^1], out found) ? found : null;

    private static readonly string[] PartSeparators = ["&", ",", "/", " and "];

    /// <summary>
    /// The keys an authorization's categories name. Each part of a category ("Shavers and Personal Care" has two) is read
    /// by its last word, the kind of product, with the narrower keys its other words add ("Kitchen Appliances"); so
    /// "Running Shoes" is shoes, not sports. A part whose last word names no key is read by all its words.
    /// </summary>
    public static HashSet<string> AuthorizedKeysOf(IEnumerable<string> categories)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var category in categories)
        {
            foreach (var part in category.Split(PartSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var tokens = TextTokens.Of(part);
                if (tokens.Count == 0)
                    continue;
                if (KeysOfWord(tokens.Word(tokens.Count - 1)) is not { } head)
                {
                    AddKeys(tokens, keys);
                    continue;
                }
                keys.UnionWith(head);
                var all = new HashSet<string>(StringComparer.Ordinal);
                AddKeys(tokens, all);
                keys.UnionWith(all.Where(k => Parents.TryGetValue(k, out var parent) && head.Contains(parent)));
            }
        }
        return keys;
    }

    // Category names repeat across a whole catalogue: each is split into words once.
    private static readonly BoundedCache<string, string[]> KeysByCategory = new(text =>
    {
        var own = new HashSet<string>(StringComparer.Ordinal);
        AddKeys(TextTokens.Of(text), own);
        return own.ToArray();
    }, capacity: 100_000);

    public static HashSet<string> KeysOf(IEnumerable<string> texts)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
            keys.UnionWith(KeysByCategory[text]);
        return keys;
    }

    // A key inside a broader one: "Cycling" is also "sports", but an authorization that names cycling is for cycling only.
    private static readonly FrozenDictionary<string, string> Parents = new Dictionary<string, string>
    {
        ["cycling"] = "sports",
        ["fishing"] = "sports",
        ["camping"] = "sports",
        ["kitchenappliances"] = "appliances",
        ["personalcare"] = "appliances",
    }.ToFrozenDictionary();

    /// <summary>
    /// Whether an authorization's keys cover a listing's keys (directly or through a broader key). A broad key of the
    /// authorization that only comes with a narrower one of its own ("Cycling" is sports and cycling) does not count.
    /// </summary>
    public static bool Overlap(IReadOnlySet<string> authorized, IReadOnlySet<string> listing) =>
        authorized.Any(k => !authorized.Any(c => Parents.GetValueOrDefault(c) == k)
            && (listing.Contains(k) || (Covers.TryGetValue(k, out var narrower) && narrower.Any(listing.Contains))));

    private static FrozenDictionary<string, string[]> Build(Dictionary<string, string> wordsByKey) =>
        wordsByKey.SelectMany(p => p.Value.Split(' ').Select(w => (Word: w, Key: p.Key)))
            .GroupBy(p => p.Word)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Key).Distinct().ToArray(), StringComparer.Ordinal);
}
