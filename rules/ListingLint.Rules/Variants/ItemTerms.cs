using ListingLint.Rules.Text;

namespace ListingLint.Rules.Variants;

/// <summary>What kind of separate item a variant names instead of the listed product.</summary>
public enum ItemKind
{
    None,
    Accessory,
    SparePart,
    Consumable,

    /// <summary>An item the lists do not name, said to be sold alone ("Burr coffee grinder only" under an espresso machine).</summary>
    OtherProduct,
}

/// <summary>
/// Items sold as cheap "variants" under an expensive product's title (AliExpress "SKU cheating"). Phrases are singular;
/// plurals match through <see cref="PhraseSet"/>. A term counts only when the title's product is something else.
/// </summary>
public static class ItemTerms
{
    // Only nouns that are rarely a modifier in a variant name: no "light" (light blue), "band", "box" (retail box),
    // "bag" (OPP bag), "cup" (cup size) or "spring" (the season).
    public static readonly PhraseSet Accessories = new([
        "mount", "helmet mount", "bike mount", "chest mount", "suction cup mount", "head strap", "chest strap", "wrist strap",
        "watch band", "watch strap", "case", "charging case", "carrying case", "storage case", "storage bag", "carrying bag",
        "pouch", "dust cover", "cable", "charging cable", "usb cable", "data cable", "power cord", "charger", "charging dock",
        "adapter", "power adapter", "plug adapter", "remote", "remote control", "stand", "holder", "bracket", "tripod",
        "selfie stick", "screen protector", "tempered glass", "protective film", "lens cap", "lens cover", "mouse pad",
        "mousepad", "desk mat", "keycap", "wrist rest", "memory card", "sd card", "micro sd card", "tf card", "card reader",
        "sticker", "decal", "keychain", "lanyard", "user manual", "stylus", "wall hook", "clip", "pedal", "sustain pedal",
        "foot pedal", "capo", "guitar pick", "guitar strap", "music stand",
    ]);

    public static readonly PhraseSet SpareParts = new([
        "filter", "hepa filter", "replacement filter", "filter element", "side brush", "main brush", "roller brush",
        "brush head", "mop pad", "mop cloth", "dust bag", "dust box", "blade", "replacement blade", "cutter head", "nozzle",
        "battery", "spare battery", "battery pack", "ear pad", "ear cushion", "ear tip", "eartip", "bulb", "lamp bead",
        "fuse", "caster", "propeller", "gasket", "seal ring", "o ring", "drive belt", "power supply", "glass lid",
        "inner pot", "water tank", "spare part", "inner tube", "lamp cartridge",
    ]);

    public static readonly PhraseSet Consumables = new([
        "descaling tablet", "descaler", "cleaning tablet", "refill", "ink", "ink cartridge", "toner", "toner cartridge",
        "cartridge", "capsule", "coffee pod", "thermal paper", "glue stick", "wick", "coil", "filament", "sample", "tester",
    ]);

    /// <summary>Words that make a variant the listed product with extras, or the product without them ("with 2 batteries", "no battery").</summary>
    public static readonly HashSet<string> BundleWords = new(StringComparer.Ordinal)
    {
        "with", "and", "plus", "include", "included", "including", "incl", "add", "kit", "set", "combo", "bundle", "package",
        "full", "complete", "standard", "no", "without", "bare", "w", "x",
    };

    /// <summary>Words that say the variant is only the part ("mount only", "replacement filter", "spare battery").</summary>
    public static readonly HashSet<string> OnlyWords = new(StringComparer.Ordinal)
    {
        "only", "replacement", "spare", "refill", "accessory", "separately", "alone",
    };

    /// <summary>Words in a title that say the listing itself sells accessories or parts: its variants are allowed to be parts.</summary>
    public static readonly HashSet<string> AccessoryListingWords = new(StringComparer.Ordinal)
    {
        "accessory", "part", "spare", "replacement", "refill", "consumable", "attachment", "compatible",
    };

    /// <summary>Words before a part that say it is sold as a part, whatever the part is ("8 replacement heads", "spare blades").</summary>
    private static readonly HashSet<string> PartCues = new(StringComparer.Ordinal) { "replacement", "spare" };

    // "Body only", "Tool only", "Front only": the product itself without its extras or one side of it, not another item.
    private static readonly HashSet<string> MainUnitWords = new(StringComparer.Ordinal)
    {
        "body", "host", "tool", "machine", "device", "unit", "console", "main", "product", "plug", "top", "bottom",
        "front", "rear", "back", "left", "right", "side", "single", "dual", "double", "inside", "outside",
    };

    // "Replacement warranty", "spare time": a cue followed by these does not name a part.
    private static readonly HashSet<string> NotParts = new(StringComparer.Ordinal) { "warranty", "guarantee", "service", "time", "part" };

    public static (ItemKind Kind, PhraseMatch Match)? Find(IReadOnlyList<string> singularWords)
    {
        PhraseMatch? best = null;
        var kind = ItemKind.None;
        Consider(SpareParts.FindFirst(singularWords), ItemKind.SparePart);
        Consider(Consumables.FindFirst(singularWords), ItemKind.Consumable);
        Consider(Accessories.FindFirst(singularWords), ItemKind.Accessory);
        return best is { } m ? (kind, m) : CuedPart(singularWords) ?? SoldAlone(singularWords);

        void Consider(PhraseMatch? candidate, ItemKind candidateKind)
        {
            if (candidate is { } c && (best is null || c.Length > best.Value.Length))
            {
                best = c;
                kind = candidateKind;
            }
        }
    }

    // A part the lists do not name, said to be one by the word before it: the cue and the words up to the next colour,
    // size, count or filler word ("replacement toothbrush head", "spare blade").
    private static (ItemKind Kind, PhraseMatch Match)? CuedPart(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!PartCues.Contains(words[i]))
                continue;
            var end = i + 1;
            while (end < words.Count && IsPartWord(words[end]))
                end++;
            if (end > i + 1 && !NotParts.Contains(words[end - 1]))
                return (ItemKind.SparePart, new PhraseMatch(i, end - i, string.Join(' ', words.Skip(i).Take(end - i))));
        }
        return null;
    }

    // "Burr coffee grinder only": the noun before "only" names what the variant sells, whatever it is.
    private static (ItemKind Kind, PhraseMatch Match)? SoldAlone(IReadOnlyList<string> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i] != "only")
                continue;
            var noun = words[i - 1];
            if (IsPartWord(noun) && !MainUnitWords.Contains(noun) && !Words.IsNumber(noun))
                return (ItemKind.OtherProduct, new PhraseMatch(i - 1, 1, noun));
        }
        return null;
    }

    private static bool IsPartWord(string word) =>
        !VariantWords.IsNoise(word) && !VariantWords.Generic.Contains(word) && !OnlyWords.Contains(word) && !BundleWords.Contains(word);
}
