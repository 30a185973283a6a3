using ListingLint.Diagnostics;
using ListingLint.Model;

namespace ListingLint.Reporting.Benchmark;

/// <summary>
/// A batch of audited listings shaped like a real catalogue's: two in five clean, the rest with one to four
/// findings across attributes, variants, brand and images, some accepted; images chosen from a small set.
/// </summary>
public static class SyntheticBatch
{
    private static readonly DiagnosticDescriptor[] Rules =
    [
        new("LL1001", "Attribute value is a placeholder", "{0}", Categories.Attributes, Severity.Warning, DisputeKind.NotAsDescribed),
        new("LL2001", "Variant priced far below its siblings", "{0}", Categories.Variants, Severity.Warning, DisputeKind.ListingPolicy),
        new("LL3001", "Brand sold without authorization", "{0}", Categories.Brand, Severity.Error, DisputeKind.IntellectualProperty),
        new("LL4001", "Photo edited in an image editor", "{0}", Categories.Images, Severity.Info, DisputeKind.NotAsDescribed),
        new("LL6001", "Handling time exceeds the promise", "{0}", Categories.Shipping, Severity.Info, DisputeKind.Delivery),
    ];

    private static readonly string[] Products =
    [
        "Electric Kettle 1.7L Stainless Steel Auto Shut-Off", "Wireless Earbuds Bluetooth 5.3 ENC Noise Cancelling",
        "LED Desk Lamp Eye Caring Dimmable Touch Control", "Women Summer Floral Dress Short Sleeve V Neck",
        "Silicone Phone Case for iPhone 15 Shockproof", "Yoga Block High Density EVA Foam Brick",
    ];

    private static readonly string[] ProductCategories = ["Home Appliances", "Consumer Electronics", "Lights & Lighting", "Women's Clothing", "Phones", "Sports"];

    public static IReadOnlyList<DiagnosticDescriptor> Descriptors => Rules;

    public static IEnumerable<ListingReport> Create(int count, IReadOnlyList<string> images)
    {
        for (var i = 0; i < count; i++)
        {
            var id = $"10050091{i:D5}";
            var file = $"catalogue/part-{i / 1000}.ndjson";
            var listingImages = images.Count == 0 ? [] : new[]
            {
                Image(0, images[i % images.Count], "main"),
                Image(1, images[(i + 1) % images.Count], null),
            };
            var listing = new Listing
            {
                Id = id,
                Title = $"{Products[i % Products.Length]} #{i}",
                Category = [ProductCategories[i % ProductCategories.Length]],
                Price = new Price(4.99m + i % 80, "USD"),
                Images = listingImages,
                Source = new SourceMap(file),
            };
            yield return new ListingReport(i, id, file, listing, Findings(i, id, file).ToArray());
        }
    }

    private static ImageRef Image(int index, string path, string? role) =>
        new() { Index = index, Src = Path.GetFileName(path), ResolvedPath = path, Role = role, Location = new Location("", $"/images/{index}", 0, 0) };

    private static IEnumerable<Diagnostic> Findings(int i, string id, string file)
    {
        if (i % 5 < 2)
            yield break;
        var count = 1 + i % 4;
        for (var k = 0; k < count; k++)
        {
            var rule = Rules[(i + k) % Rules.Length];
            var pointer = rule.Category == Categories.Images ? "/images/1" : rule.Category == Categories.Variants ? $"/variants/{k}/price" : $"/attributes/Attr{k}";
            yield return new Diagnostic
            {
                Descriptor = rule,
                Severity = rule.DefaultSeverity,
                Message = $"{rule.Title}: value {k} of listing {id} needs a look",
                ListingId = id,
                Location = new Location(file, pointer, i % 1000 + 1, 10 + k),
                Evidence = rule.Category == Categories.Images
                    ? Evidence.Of(("software", "Adobe Photoshop 25.0 (Windows)"), ("source", "EXIF Software"))
                    : Evidence.Of(("name", $"Attr{k}"), ("value", "as picture")),
                Fix = "Replace the placeholder with the real value",
                Suppression = i % 17 == 0 && k == 0 ? SuppressionKind.Baseline : i % 23 == 0 && k == 0 ? SuppressionKind.InSource : SuppressionKind.None,
                Justification = i % 23 == 0 && k == 0 ? "accepted by the category manager" : null,
            };
        }
    }
}
