using ListingLint.Configuration;
using ListingLint.Model;
using ListingLint.Rules.Shared;
using Newtonsoft.Json.Linq;

namespace ListingLint.Rules.Attributes;

/// <summary>
/// The category profiles in force: the embedded defaults (<c>Attributes/CategoryProfiles.json</c>) plus the
/// <c>categoryProfiles</c> array of <c>listinglint.json</c>; a user profile with a default's name replaces it.
/// </summary>
public sealed class CategoryProfiles
{
    // Listings of one catalogue share few category paths: what a path requires is decided once per path.
    private readonly BoundedCache<string, (CategoryProfile Profile, RequiredAttribute Attribute)[]> _required;

    public CategoryProfiles(IReadOnlyList<CategoryProfile> profiles)
    {
        Profiles = profiles;
        _required = new BoundedCache<string, (CategoryProfile, RequiredAttribute)[]>(path =>
        {
            var segments = path.Split('\u001f').Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
            return Profiles.Where(p => p.Applies(segments))
                .SelectMany(p => p.Required.Select(r => (Profile: p, Attribute: r)))
                .DistinctBy(x => x.Attribute.Name, StringComparer.OrdinalIgnoreCase)
                .ToArray();
        });
    }

    public IReadOnlyList<CategoryProfile> Profiles { get; }

    public static CategoryProfiles Load(AuditConfiguration configuration, bool useDefaults)
    {
        var file = configuration.FilePath ?? "listinglint.json";
        var user = configuration.Raw["categoryProfiles"] switch
        {
            null => [],
            JArray array => array.Select(p => Parse(p, file)).ToArray(),
            var other => throw ConfigurationException.At(file, other, "'categoryProfiles' must be an array of profiles"),
        };
        var defaults = useDefaults ? Defaults.Value : [];
        var names = user.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new CategoryProfiles([.. defaults.Where(d => !names.Contains(d.Name)), .. user]);
    }

    /// <summary>The required attributes of every profile that applies to the listing, each once, that the listing lacks.</summary>
    public IReadOnlyList<(CategoryProfile Profile, RequiredAttribute Attribute)> Missing(Listing listing)
    {
        if (listing.Category.Count == 0)
            return [];
        var required = _required[string.Join('\u001f', listing.Category)];
        if (required.Length == 0)
            return [];
        var names = NamesOf(listing);
        List<(CategoryProfile, RequiredAttribute)>? missing = null;
        foreach (var pair in required)
        {
            if (!pair.Attribute.IsPresentIn(listing, names))
                (missing ??= []).Add(pair);
        }
        return missing is null ? [] : missing;
    }

    // Normalised attribute and option names.
    private static HashSet<string> NamesOf(Listing listing)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attribute in listing.Attributes)
            names.Add(TextNormalizer.Normalize(attribute.Name));
        foreach (var variant in listing.Variants)
        {
            foreach (var option in variant.Options)
                names.Add(TextNormalizer.Normalize(option.Name));
        }
        return names;
    }

    private static readonly Lazy<IReadOnlyList<CategoryProfile>> Defaults = new(() =>
    {
        using var stream = typeof(CategoryProfiles).Assembly.GetManifestResourceStream("ListingLint.Rules.CategoryProfiles.json")!;
        using var reader = new StreamReader(stream);
        var root = JObject.Parse(reader.ReadToEnd());
        return root["profiles"]!.Select(p => Parse(p, "CategoryProfiles.json")).ToArray();
    });

    private static CategoryProfile Parse(JToken token, string file)
    {
        if (token is not JObject profile || profile["name"] is not JValue { Type: JTokenType.String } name)
            throw ConfigurationException.At(file, token, "a category profile needs a \"name\", a \"match\" array and a \"required\" array");
        return new CategoryProfile((string)name!, Strings(profile["match"], file, "match"), Required(profile["required"], file));
    }

    private static IReadOnlyList<RequiredAttribute> Required(JToken? token, string file) => token is JArray array
        ? array.Select(r => r switch
        {
            JValue { Type: JTokenType.String } text => new RequiredAttribute((string)text!, []),
            JObject o when o["attribute"] is JValue { Type: JTokenType.String } a => new RequiredAttribute((string)a!, o["aliases"] is null ? [] : Strings(o["aliases"], file, "aliases")),
            _ => throw ConfigurationException.At(file, r, "a required attribute is a name or { \"attribute\": name, \"aliases\": [...] }"),
        }).ToArray()
        : throw ConfigurationException.At(file, token, "a category profile's \"required\" must be an array");

    private static IReadOnlyList<string> Strings(JToken? token, string file, string key) =>
        token is JArray array && array.All(t => t.Type == JTokenType.String)
            ? array.Select(t => (string)t!).ToArray()
            : throw ConfigurationException.At(file, token, $"a category profile's \"{key}\" must be an array of strings");
}
