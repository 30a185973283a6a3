namespace ListingLint.Rules.Attributes;

/// <summary>Phrases (normalised, see <see cref="Shared.TextNormalizer"/>) that make a listing a storage product for LL1003.</summary>
public static class StorageProductWords
{
    public static readonly string[] Flash =
    [
        "flash drive", "flash disk", "pen drive", "pendrive", "usb stick", "memory stick", "thumb drive", "u disk", "udisk",
        "micro sd", "microsd", "sd card", "tf card", "memory card", "ssd", "solid state",
    ];

    /// <summary>Spinning disks cost less per TB than flash, so they get their own floor.</summary>
    public static readonly string[] HardDisk = ["hard drive", "hard disk", "hdd"];

    public static readonly string[] Category =
    [
        "usb flash drives", "memory cards", "solid state drives", "external hard drives", "internal hard drives", "external storage",
    ];

    /// <summary>Things that hold, read or connect storage: their capacity figures are what they support, not what they are.</summary>
    public static readonly string[] Accessory =
    [
        "reader", "readers", "enclosure", "enclosures", "case", "cases", "caddy", "dock", "docking", "box", "holder", "cable", "hub",
        "sleeve", "bag", "organizer", "duplicator", "tester",
    ];

    /// <summary>Devices that contain storage; a title naming one is about the device unless a storage word follows ("Laptop SSD 2TB").</summary>
    public static readonly string[] Device =
    [
        "laptop", "notebook", "phone", "smartphone", "tablet", "pc", "computer", "camera", "console", "player", "watch", "projector",
        "dash cam", "dashcam", "router", "drone", "recorder", "tv box", "mp3", "mp4",
    ];
}
