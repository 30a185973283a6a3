namespace ListingLint.Rules.Shared.Quantities;

/// <summary>Words (normalised, see <see cref="TextNormalizer"/>) that tell what a quantity is about.</summary>
public static class RoleWords
{
    /// <summary>In an attribute name: the value is a limit of something else ("Expandable Memory", "Max RAM Supported").</summary>
    public static readonly HashSet<string> LimitName = new(StringComparer.Ordinal)
    {
        "expand", "expandable", "expansion", "support", "supported", "supports", "compatible", "extend", "extended", "extension",
        "maximum", "max", "recommended", "min", "minimum",
    };

    public static readonly HashSet<string> RamName = new(StringComparer.Ordinal) { "ram", "run", "running" };

    public static readonly HashSet<string> StorageName = new(StringComparer.Ordinal)
    {
        "rom", "storage", "ssd", "hdd", "capacity", "emmc", "flash", "drive", "disk",
    };

    /// <summary>Power values that are not the item's continuous output.</summary>
    public static readonly HashSet<string> NotOutputPower = new(StringComparer.Ordinal)
    {
        "rated", "peak", "surge", "input", "standby", "consumption", "motor", "solar", "panel", "wireless", "reverse",
    };

    public static readonly HashSet<string> PowerName = new(StringComparer.Ordinal) { "power", "wattage", "watt", "output", "charging" };

    public static readonly HashSet<string> ScreenName = new(StringComparer.Ordinal) { "screen", "display" };

    public static readonly HashSet<string> NotItemWeight = new(StringComparer.Ordinal)
    {
        "max", "maximum", "capacity", "load", "loading", "bearing", "package", "packing", "gross", "shipping", "parcel", "user",
    };

    public static readonly HashSet<string> VolumeName = new(StringComparer.Ordinal) { "capacity", "volume", "content", "contents" };

    /// <summary>After a capacity in a title: it is RAM ("16GB DDR4") or storage ("512GB SSD").</summary>
    public static readonly HashSet<string> RamAfter = new(StringComparer.Ordinal) { "ram", "ddr3", "ddr4", "ddr5", "lpddr4", "lpddr4x", "lpddr5", "lpddr5x" };

    public static readonly HashSet<string> StorageAfter = new(StringComparer.Ordinal) { "rom", "ssd", "storage", "emmc", "ufs", "hdd", "nvme" };

    /// <summary>Title words that make a length in metres the cable's length.</summary>
    public static readonly HashSet<string> CableTitle = new(StringComparer.Ordinal) { "cable", "cord", "wire", "lead", "extension" };

    /// <summary>Title words that make a size in inches the screen's diagonal.</summary>
    public static readonly HashSet<string> ScreenTitle = new(StringComparer.Ordinal)
    {
        "phone", "phones", "smartphone", "smartphones", "cellphone", "tablet", "tablets", "laptop", "laptops", "notebook", "monitor",
        "monitors", "tv", "television", "screen", "display", "amoled", "oled", "lcd", "ips", "watch", "watches", "smartwatch",
    };

    /// <summary>Title words that make a mass a load or a measuring range, not the item's weight ("Kitchen Scale 10kg").</summary>
    public static readonly HashSet<string> LoadTitle = new(StringComparer.Ordinal)
    {
        "scale", "scales", "load", "bearing", "capacity", "max", "lifting", "lift", "strength", "test", "hold", "holds", "holding",
        "pull", "up", "resistance", "hook", "hooks", "hanger", "hangers", "rack", "fishing", "line", "drag",
    };

    /// <summary>Title words of items with more than one battery (earbuds and their case): a title's mAh may be either.</summary>
    public static readonly HashSet<string> SeveralBatteriesTitle = new(StringComparer.Ordinal)
    {
        "earbuds", "earbud", "earphone", "earphones", "headphone", "headphones", "headset", "tws",
    };

    /// <summary>Words after a capacity that make it a sum with virtual memory ("12GB(4+8 Expand)"), not installed RAM.</summary>
    public static readonly HashSet<string> VirtualAfter = new(StringComparer.Ordinal) { "expand", "expanded", "extended", "extend", "virtual", "expansion" };

    /// <summary>Words that label the capacity next to them in a title ("RAM 8GB ROM 256GB", "16GB RAM").</summary>
    public static readonly HashSet<string> DataLabel = new(StringComparer.Ordinal) { "ram", "rom", "storage" };
}
