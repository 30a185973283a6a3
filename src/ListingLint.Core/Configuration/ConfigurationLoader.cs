using ListingLint.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Configuration;

/// <summary>Finds and reads <c>listinglint.json</c>, rejecting anything it does not understand with file, line and column.</summary>
public static class ConfigurationLoader
{
    public const string FileName = "listinglint.json";

    private static readonly HashSet<string> KnownKeys = new(StringComparer.Ordinal)
    {
        "$schema", "extends", "rules", "categories", "authorizations", "brands", "referenceImages",
        "customRules", "images", "categoryProfiles",
    };

    /// <summary>The nearest <c>listinglint.json</c> in <paramref name="startDirectory"/> or a parent, or null.</summary>
    public static string? Find(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }

    public static AuditConfiguration Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
            throw new ConfigurationException(path, 0, 0, "configuration file not found");
        JObject root;
        try
        {
            using var reader = new JsonTextReader(File.OpenText(fullPath)) { MaxDepth = 64 };
            var token = JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
            root = token as JObject ?? throw ConfigurationException.At(path, token, "the configuration must be a JSON object");
        }
        catch (JsonReaderException e)
        {
            throw new ConfigurationException(path, e.LineNumber, e.LinePosition, "not valid JSON: " + FirstSentence(e.Message));
        }
        return Parse(root, path, Path.GetDirectoryName(fullPath)!);
    }

    public static AuditConfiguration Parse(JObject root, string file, string baseDirectory)
    {
        foreach (var property in root.Properties())
        {
            if (!KnownKeys.Contains(property.Name))
                throw ConfigurationException.At(file, property, $"unknown setting '{property.Name}' (known: {string.Join(", ", KnownKeys.Where(k => k != "$schema"))})");
        }

        return new AuditConfiguration
        {
            FilePath = Path.GetFullPath(file),
            BaseDirectory = baseDirectory,
            Extends = ReadExtends(root["extends"], file),
            Rules = ReadSettings(root["rules"], file, isCategory: false),
            Categories = ReadSettings(root["categories"], file, isCategory: true),
            Authorizations = ReadString(root["authorizations"], file, "authorizations"),
            Brands = ReadStrings(root["brands"], file, "brands"),
            ReferenceImages = ReadStrings(root["referenceImages"], file, "referenceImages"),
            CustomRules = ReadStrings(root["customRules"], file, "customRules"),
            Images = ReadImages(root["images"], file),
            Raw = root,
        };
    }

    private static RuleSetName ReadExtends(JToken? token, string file) => token switch
    {
        null => RuleSetName.Recommended,
        { Type: JTokenType.String } when (string)token! == "recommended" => RuleSetName.Recommended,
        { Type: JTokenType.String } when (string)token! == "all" => RuleSetName.All,
        { Type: JTokenType.String } when (string)token! == "none" => RuleSetName.None,
        _ => throw ConfigurationException.At(file, token, "'extends' must be \"recommended\", \"all\" or \"none\""),
    };

    private static Dictionary<string, RuleSetting> ReadSettings(JToken? token, string file, bool isCategory)
    {
        var settings = new Dictionary<string, RuleSetting>(StringComparer.OrdinalIgnoreCase);
        if (token is null)
            return settings;
        var section = isCategory ? "categories" : "rules";
        if (token is not JObject obj)
            throw ConfigurationException.At(file, token, $"'{section}' must be an object");
        foreach (var property in obj.Properties())
        {
            if (isCategory && !Diagnostics.Categories.RangeDigit.ContainsKey(property.Name))
                throw ConfigurationException.At(file, property, $"unknown category '{property.Name}' (known: {string.Join(", ", Diagnostics.Categories.All)})");
            settings[property.Name] = ReadSetting(property, file, section);
        }
        return settings;
    }

    private static RuleSetting ReadSetting(JProperty property, string file, string section)
    {
        var value = property.Value;
        if (value.Type == JTokenType.String)
            return ParseLevel(value, file, property.Name) is var (off, severity)
                ? new RuleSetting(off, severity, RuleOptions.Empty)
                : RuleSetting.Default;
        if (value is JObject options)
        {
            var level = options["severity"];
            var (off, severity) = level is null ? (false, (Severity?)null) : ParseLevel(level, file, property.Name);
            return new RuleSetting(off, severity, new RuleOptions(property.Name, options, file));
        }
        throw ConfigurationException.At(file, value, $"{section}.{property.Name} must be a severity (\"error\", \"warning\", \"info\", \"hidden\", \"off\") or an object with \"severity\" and options");
    }

    private static (bool Off, Severity? Severity) ParseLevel(JToken token, string file, string name)
    {
        var text = token.Type == JTokenType.String ? (string?)token : null;
        if (text == "off")
            return (true, null);
        if (SeverityNames.TryParse(text, out var severity))
            return (false, severity);
        throw ConfigurationException.At(file, token, $"severity of '{name}' must be \"error\", \"warning\", \"info\", \"hidden\" or \"off\"");
    }

    private static string? ReadString(JToken? token, string file, string name) => token switch
    {
        null => null,
        { Type: JTokenType.String } => (string?)token,
        _ => throw ConfigurationException.At(file, token, $"'{name}' must be a string"),
    };

    private static IReadOnlyList<string> ReadStrings(JToken? token, string file, string name) => token switch
    {
        null => [],
        { Type: JTokenType.String } => [(string)token!],
        JArray array when array.All(t => t.Type == JTokenType.String) => array.Select(t => (string)t!).ToArray(),
        _ => throw ConfigurationException.At(file, token, $"'{name}' must be a string or an array of strings"),
    };

    private static ImageSettings ReadImages(JToken? token, string file)
    {
        if (token is null)
            return ImageSettings.Default;
        if (token is not JObject obj)
            throw ConfigurationException.At(file, token, "'images' must be an object");
        var root = ReadString(obj["root"], file, "images.root");
        var maxPixels = obj["maxPixels"] switch
        {
            null => ImageSettings.DefaultMaxPixels,
            { Type: JTokenType.Integer } t when t.Value<long>() > 0 => t.Value<long>(),
            var t => throw ConfigurationException.At(file, t, "'images.maxPixels' must be a positive whole number"),
        };
        return new ImageSettings(root, maxPixels);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
