using System.Globalization;
using Newtonsoft.Json;

namespace ListingLint.Benchmarks;

/// <summary>
/// Writes COUNT synthetic AliExpress-style listings as NDJSON, the same bytes for the same seed. About one in
/// five carries a defect a rule looks for (placeholder values, SKU bait, capacity claims), the rest are clean.
/// </summary>
public static class ListingGenerator
{
    private static readonly string[] Products =
    [
        "Wireless Bluetooth Earbuds|Consumer Electronics>Earphones|19.99", "4K Action Camera Waterproof|Consumer Electronics>Action Cameras|59.99",
        "USB C Fast Charging Cable 2m|Phones>Cables|3.49", "Portable Power Bank 10000mAh|Phones>Power Banks|15.99",
        "Women Summer Floral Dress|Women's Clothing>Dresses|14.50", "Men Cotton T-Shirt Crew Neck|Men's Clothing>T-Shirts|8.99",
        "Stainless Steel Water Bottle 750ml|Home & Garden>Drinkware|11.99", "Yoga Mat Non Slip 6mm|Sports>Fitness|21.00",
        "Robot Vacuum Cleaner Smart|Home Appliances>Vacuum Cleaners|129.00", "Silicone Phone Case|Phones>Cases|4.99",
        "Portable SSD 1TB USB 3.2|Computer>External Storage|69.00", "LED Desk Lamp Dimmable|Lighting>Desk Lamps|17.80",
    ];

    private static readonly string[] Colors = ["Black", "White", "Navy Blue", "Red", "Dove Grey", "Pink", "Green"];
    private static readonly string[] Sizes = ["S", "M", "L", "XL", "XXL"];
    private static readonly string[] Placeholders = ["as picture", "See description", "NoEnName_Null", "Other", "N/A"];

    public static int Write(int count, string output, int seed = 20261127)
    {
        var random = new Random(seed);
        using var file = new StreamWriter(output, false, new System.Text.UTF8Encoding(false), 1 << 16);
        using var json = new JsonTextWriter(file) { Formatting = Formatting.None, Culture = CultureInfo.InvariantCulture };
        for (var i = 0; i < count; i++)
        {
            WriteListing(json, random, i);
            json.Flush();
            file.Write('\n');
        }
        return 0;
    }

    private static void WriteListing(JsonTextWriter json, Random random, int index)
    {
        var product = Products[random.Next(Products.Length)].Split('|');
        var basePrice = decimal.Parse(product[2], CultureInfo.InvariantCulture);
        var defective = random.Next(5) == 0;
        json.WriteStartObject();
        json.WritePropertyName("id"); json.WriteValue($"BM{index:D8}");
        json.WritePropertyName("title"); json.WriteValue($"{product[0]} {Colors[random.Next(Colors.Length)]} New {2024 + random.Next(3)}");
        json.WritePropertyName("description"); json.WriteValue($"High quality {product[0].ToLowerInvariant()}. Ships in 3 days. Item {index}.");
        json.WritePropertyName("brand"); json.WriteValue("Generic");
        json.WritePropertyName("category");
        json.WriteStartArray();
        foreach (var part in product[1].Split('>'))
            json.WriteValue(part);
        json.WriteEndArray();
        json.WritePropertyName("price");
        json.WriteStartObject();
        json.WritePropertyName("amount"); json.WriteValue(basePrice);
        json.WritePropertyName("currency"); json.WriteValue("USD");
        json.WriteEndObject();
        json.WritePropertyName("attributes");
        json.WriteStartObject();
        json.WritePropertyName("Color"); json.WriteValue(defective && random.Next(2) == 0 ? Placeholders[random.Next(Placeholders.Length)] : Colors[random.Next(Colors.Length)]);
        json.WritePropertyName("Material"); json.WriteValue(random.Next(2) == 0 ? "Polyester" : "Cotton");
        json.WritePropertyName("Origin"); json.WriteValue("Mainland China");
        json.WritePropertyName("Model Number"); json.WriteValue($"M{random.Next(1000, 9999)}");
        json.WriteEndObject();
        json.WritePropertyName("variants");
        json.WriteStartArray();
        var variants = 2 + random.Next(4);
        for (var v = 0; v < variants; v++)
        {
            var bait = defective && v == variants - 1 && random.Next(2) == 0;
            json.WriteStartObject();
            json.WritePropertyName("sku"); json.WriteValue($"BM{index:D8}-{v}");
            json.WritePropertyName("title"); json.WriteValue(bait ? "Charging cable only" : $"{Colors[v % Colors.Length]} {Sizes[v % Sizes.Length]}");
            json.WritePropertyName("options");
            json.WriteStartObject();
            json.WritePropertyName("Color"); json.WriteValue(Colors[v % Colors.Length]);
            json.WritePropertyName("Size"); json.WriteValue(Sizes[v % Sizes.Length]);
            json.WriteEndObject();
            json.WritePropertyName("price"); json.WriteValue(bait ? 0.99m : basePrice + v);
            json.WritePropertyName("stock"); json.WriteValue(random.Next(0, 500));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WritePropertyName("images");
        json.WriteStartArray();
        json.WriteValue($"https://img.example.invalid/{index}/main.jpg");
        json.WriteValue($"https://img.example.invalid/{index}/side.jpg");
        json.WriteEndArray();
        json.WritePropertyName("package");
        json.WriteStartObject();
        json.WritePropertyName("weightKg"); json.WriteValue(0.1m + random.Next(50) / 100m);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
