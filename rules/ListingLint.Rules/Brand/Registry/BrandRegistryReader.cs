using ListingLint.Configuration;
using Newtonsoft.Json.Linq;

namespace ListingLint.Rules.Brand.Registry;

/// <summary>
/// Reads brand files: <c>{ "brands": [ { "name", "aliases", "categories", "common" } ] }</c> or the bare array.
/// The default list is embedded in this assembly; a store's files (<c>brands</c> in listinglint.json) add to it.
/// </summary>
public static class BrandRegistryReader
{
    private const string DefaultResource = "ListingLint.Rules.Brand.Registry.brands.json";

    private static readonly Lazy<IReadOnlyList<BrandEntry>> DefaultEntries = new(ReadDefault);
    private static readonly Lazy<BrandRegistry> DefaultRegistry = new(() => new BrandRegistry(DefaultEntries.Value));

    public static BrandRegistry Default => DefaultRegistry.Value;

    /// <summary>The default list extended by the configuration's brand files (paths relative to its base directory).</summary>
    public static BrandRegistry For(AuditConfiguration configuration)
    {
        if (configuration.Brands.Count == 0)
            return Default;
        var entries = DefaultEntries.Value.Concat(configuration.Brands.SelectMany(path => ReadFile(configuration.Resolve(path), path)));
        return new BrandRegistry(entries);
    }

    public static IReadOnlyList<BrandEntry> ReadFile(string fullPath, string displayPath)
    {
        if (!File.Exists(fullPath))
            throw new ConfigurationException(displayPath, 0, 0, "brand file not found");
        return Read(File.ReadAllText(fullPath), displayPath);
    }

    public static IReadOnlyList<BrandEntry> Read(string json, string file)
    {
        var array = JsonFile.ListOf(JsonFile.Parse(json, file), "brands", file, "a brand file");
        return array.Select(item => Entry(item, file)).ToArray();
    }

    private static BrandEntry Entry(JToken item, string file)
    {
        if (item is not JObject brand || brand["name"] is not { Type: JTokenType.String } name || ((string)name!).Trim().Length == 0)
            throw ConfigurationException.At(file, item, "each brand needs a 'name'");
        return new BrandEntry(
            (string)name!,
            Strings(brand["aliases"], file, "aliases"),
            Strings(brand["categories"], file, "categories").Select(c => c.ToLowerInvariant()).ToArray(),
            brand["common"] is { Type: JTokenType.Boolean } common && (bool)common!);
    }

    private static string[] Strings(JToken? token, string file, string what) => token switch
    {
        null => [],
        JArray array when array.All(t => t.Type == JTokenType.String) => array.Select(t => (string)t!).ToArray(),
        _ => throw ConfigurationException.At(file, token, $"'{what}' must be an array of strings"),
    };

    private static IReadOnlyList<BrandEntry> ReadDefault()
    {
        using var stream = typeof(BrandRegistryReader).Assembly.GetManifestResourceStream(DefaultResource)
                           ?? throw new InvalidOperationException($"embedded resource {DefaultResource} is missing");
        using var reader = new StreamReader(stream);
        return Read(reader.ReadToEnd(), DefaultResource);
    }
}
