namespace ListingLint.Rules.Text;

/// <summary>
/// Names of the same product that sellers list side by side to catch every search ("Bag Handbag Purse Tote").
/// Two from a group is normal wording ("Phone Case Cover"); LL5002 reports three or more. Words are singular.
/// </summary>
public static class SynonymGroups
{
    public static readonly string[][] Groups =
    [
        ["bag", "handbag", "purse", "tote", "satchel", "clutch"],
        ["shoe", "sneaker", "trainer", "footwear"],
        ["case", "cover", "shell", "skin", "housing"],
        ["dress", "gown", "frock", "sundress"],
        ["earphone", "earbud", "headphone", "headset", "earpiece"],
        ["watch", "smartwatch", "wristwatch"],
        ["necklace", "pendant", "choker"],
        ["tshirt", "tee", "top", "shirt"],
        ["lamp", "light", "lantern", "lighting"],
        ["sofa", "couch", "settee"],
        ["mug", "cup", "tumbler"],
        ["pillow", "cushion", "bolster"],
        ["pant", "trouser", "slack", "jogger"],
        ["jacket", "coat", "outerwear", "parka"],
        ["speaker", "soundbox", "loudspeaker", "subwoofer"],
        ["backpack", "rucksack", "knapsack", "schoolbag"],
        ["sticker", "decal", "label"],
        ["toy", "plaything"],
    ];

    /// <summary>For each word, the index of its group.</summary>
    public static readonly Dictionary<string, int> GroupOf = BuildIndex();

    private static Dictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < Groups.Length; g++)
        {
            foreach (var word in Groups[g])
                index[word] = g;
        }
        return index;
    }
}
