namespace ListingLint.Rules.Brand;

/// <summary>Words around a brand name that say how the listing uses it. All entries are folded (lower case) words.</summary>
public static class CueWords
{
    /// <summary>Phrases right before a brand that make it a compatibility claim ("case for iPhone", "fits MacBook").</summary>
    public static readonly string[][] CompatibilityBefore =
    [
        ["compatible", "with"], ["compatible", "for"], ["replacement", "for"], ["suitable", "for"], ["designed", "for"],
        ["made", "for"], ["fit", "for"], ["works", "with"], ["work", "with"], ["for", "use", "with"], ["for"], ["fits"], ["fit"],
        ["compatible"], ["to"], ["with"],
    ];

    /// <summary>Generic platforms and devices that share a compatibility list with brands ("for PC PS5", "for Android and iPhone").</summary>
    public static readonly WordSet DeviceListWords = new(
    [
        "pc", "pcs", "laptop", "laptops", "computer", "computers", "notebook", "desktop", "mac", "phone", "phones", "smartphone",
        "smartphones", "cellphone", "mobile", "tablet", "tablets", "android", "ios", "windows", "linux", "tv", "tvs", "console",
        "consoles", "car", "cars", "and", "or", "most", "all", "other", "models", "devices", "device",
        // Voice assistants and smart-home platforms: "Works with Alexa Google Home".
        "alexa", "siri", "homekit", "smartthings", "ifttt", "assistant",
    ]);

    /// <summary>Words shortly after a brand that make it a compatibility claim ("Sony WH-1000XM5 compatible ear pads").</summary>
    public static readonly WordSet CompatibilityAfter = new(["compatible", "compatibility", "replacement"]);

    /// <summary>Words shortly after a brand that make it a style reference ("Nike Air Max style", "Louis Vuitton inspired").</summary>
    public static readonly WordSet StyleAfter = new(
    [
        "style", "styled", "styles", "inspired", "lookalike", "look", "looks", "alike", "like", "dupe", "dupes", "homage",
        "copy", "replica", "imitation", "similar", "alternative",
    ]);

    /// <summary>Any style word before or after a brand, for a quick look at long text before it is split into words.</summary>
    public static readonly System.Buffers.SearchValues<string> AnyStyleWord = System.Buffers.SearchValues.Create(
        ["style", "inspired", "look", "alike", "like", "dupe", "homage", "copy", "replica", "imitation", "similar", "alternative", "same as"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Style words that right after an everyday-word brand make it the brand ("Celine Dupe Sunglasses").</summary>
    public static readonly WordSet StrongStyleAfter = new(["style", "styled", "inspired", "dupe", "dupes", "homage", "replica", "lookalike"]);

    // Cues that call the brand a model to look like, not the item's maker ("homage", "inspired by"); "replica", "copy" and
    // "imitation" are not among them: the item is passed off as the brand.
    private static readonly WordSet PureStyleWords = new(
        ["style", "styled", "styles", "inspired", "lookalike", "look", "looks", "alike", "like", "dupe", "dupes", "homage", "similar", "alternative", "same"]);

    /// <summary>Whether a style cue ("Homage", "inspired by") calls the brand a model to look like rather than a copy's brand.</summary>
    public static bool IsPureStyleCue(string? cue) =>
        cue is not null && TextTokens.Of(cue) is { Count: > 0 } tokens && PureStyleWords.Contains(tokens.Word(0));

    /// <summary>Model words that continue a list of devices: "for Xbox Series X|S and PS5", "for iPad Pro Max and …".</summary>
    public static readonly WordSet ModelListWords = new(
        ["series", "pro", "max", "ultra", "plus", "mini", "lite", "slim", "oled", "edition", "gen", "generation"]);

    /// <summary>Articles a cue phrase may have before the brand: "works like the Dyson Airwrap".</summary>
    public static readonly WordSet Articles = new(["the", "a", "an", "your"]);

    /// <summary>Phrases right before a brand that make it a style reference ("inspired by Chanel", "dupe of …").</summary>
    public static readonly string[][] StyleBefore =
    [
        ["inspired", "by"], ["style", "of"], ["similar", "to"], ["same", "as"], ["alternative", "to"], ["homage", "to"],
        ["copy", "of"], ["dupe", "of"], ["dupe", "for"], ["replica", "of"], ["like"], ["dupe"], ["replica"], ["imitation"],
    ];

    /// <summary>
    /// Things bought for a device rather than the device: when a title names one and no explicit compatibility wording,
    /// a product line or a brand followed by a model number is what the item fits ("iPhone 15 Pro Max Case"). Items that
    /// are products in their own right (bags, lenses, keyboards, controllers) are left out.
    /// </summary>
    public static readonly WordSet Accessories = new(
    [
        "case", "cases", "cover", "covers", "protector", "protectors", "glass", "film", "skin", "skins", "sticker", "stickers",
        "strap", "straps", "band", "bands", "watchband", "bracelet", "charger", "chargers", "cable", "cables", "adapter", "adaptor",
        "holder", "mount", "stand", "dock", "sleeve", "pouch", "bumper", "shell", "housing", "pads", "earpads", "cushion",
        "cushions", "tips", "eartips", "replacement", "stylus", "grip", "grips", "keycaps", "decal", "decals",
        "hook", "hooks", "refill", "refills", "filter", "filters", "brush", "brushes", "nozzle", "insole", "insoles", "laces",
        "shoelaces", "parts", "accessories", "keycap", "station", "mat", "mats", "organizer", "wiper", "wipers", "fob", "tray",
        "trays", "guard", "guards",
    ]);

    /// <summary>Words that say the item is the brand's own product, not an accessory for it.</summary>
    public static readonly WordSet Genuine = new(["original", "genuine", "official", "authentic"]);

    /// <summary>Words a title may start with before the brand ("New Puma Sneakers", "Original Dove Soap").</summary>
    public static readonly WordSet Lead = new(["new", "original", "genuine", "official", "authentic", "brand"]);

    /// <summary>Words that, right after an everyday-word brand, make it a description: "Mango Print Dress", "Supreme Quality".</summary>
    public static readonly WordSet Descriptors = new(
    [
        "print", "printed", "pattern", "patterned", "color", "colour", "colored", "coloured", "quality", "shape",
        "shaped", "scent", "scented", "flavor", "flavour", "design", "motif", "white", "black", "grey", "gray", "green", "red",
        "pink", "blue", "yellow",
    ]);

    /// <summary>Words after which an accessory noun describes what comes with the item ("AirPods with Charging Case").</summary>
    public static readonly WordSet Inclusion = new(["with", "includes", "including", "plus", "and"]);
}
