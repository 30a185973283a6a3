using ListingLint.Configuration;
using ListingLint.Diagnostics;
using ListingLint.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Engine.Declarative;

/// <summary>
/// Reads a <c>*.rules.json</c> file (the format of DESIGN.md, "Custom rules") into validated rules. Anything wrong
/// stops with a <see cref="ConfigurationException"/> naming the file, line and column; nothing is half-loaded.
/// </summary>
public static class RuleFileReader
{
    public const string DefaultCategory = "Custom";

    private static readonly string[] RuleKeys = ["id", "title", "description", "severity", "category", "for", "when", "message", "help"];

    public static IReadOnlyList<DeclarativeRule> Load(string path)
    {
        if (!System.IO.File.Exists(path))
            throw new ConfigurationException(path, 0, 0, "rule file not found");
        return Parse(System.IO.File.ReadAllText(path), path);
    }

    public static IReadOnlyList<DeclarativeRule> Parse(string json, string file)
    {
        JToken root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { MaxDepth = 64 };
            root = JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
            if (reader.Read())
                throw new ConfigurationException(file, reader.LineNumber, reader.LinePosition, "not valid JSON: more content after the end of the rule file");
        }
        catch (JsonReaderException e)
        {
            throw new ConfigurationException(file, e.LineNumber, e.LinePosition, "not valid JSON: " + FirstSentence(e.Message));
        }
        if (root is not JObject obj)
            throw ConfigurationException.At(file, root, "a rule file must be an object: { \"rules\": [ … ] }");
        foreach (var property in obj.Properties().Where(p => p.Name is not ("rules" or "$schema")))
            throw ConfigurationException.At(file, property, $"unknown key '{property.Name}' (a rule file has \"rules\" and optionally \"$schema\")");
        if (obj["rules"] is not JArray rules)
            throw ConfigurationException.At(file, obj["rules"] ?? obj, "a rule file needs \"rules\": an array of rules");

        var seen = new Dictionary<string, JToken>(StringComparer.OrdinalIgnoreCase);
        var result = new List<DeclarativeRule>();
        foreach (var token in rules)
        {
            var rule = ReadRule(token, file);
            if (seen.TryGetValue(rule.Id, out var first))
                throw ConfigurationException.At(file, token["id"], $"duplicate rule id '{rule.Id}' (first defined at line {JsonPositions.StartOf(first).Line})");
            seen[rule.Id] = token["id"]!;
            result.Add(rule);
        }
        return result;
    }

    private static DeclarativeRule ReadRule(JToken token, string file)
    {
        if (token is not JObject rule)
            throw ConfigurationException.At(file, token, "each rule must be an object with id, for, when and message");
        foreach (var property in rule.Properties().Where(p => !RuleKeys.Contains(p.Name)))
            throw ConfigurationException.At(file, property, $"unknown rule key '{property.Name}' (known: {string.Join(", ", RuleKeys)})");

        var idToken = rule["id"];
        var id = Text(rule, "id", file, required: true)!;
        if (id.StartsWith("LL", StringComparison.OrdinalIgnoreCase))
            throw ConfigurationException.At(file, idToken, $"rule id '{id}' uses the LL prefix, which is reserved for built-in rules; use your own prefix, e.g. ACME001");
        var forName = Text(rule, "for", file, required: true)!;
        var target = RuleTarget.Find(forName)
            ?? throw ConfigurationException.At(file, rule["for"], $"unknown \"for\": '{forName}' (one of: {string.Join(", ", RuleTarget.All.Select(t => t.Name))})");
        var when = new ConditionReader(file, target).Read(rule["when"] ?? throw ConfigurationException.At(file, rule, $"rule {id} has no \"when\" condition"));
        var messageText = Text(rule, "message", file, required: true)!;
        var message = MessageTemplate.Parse(messageText, target, out var problem) ?? throw ConfigurationException.At(file, rule["message"], problem!);

        var severityText = Text(rule, "severity", file, required: false) ?? "warning";
        if (!SeverityNames.TryParse(severityText, out var severity))
            throw ConfigurationException.At(file, rule["severity"], $"unknown severity '{severityText}' (one of: error, warning, info, hidden)");

        DiagnosticDescriptor descriptor;
        try
        {
            descriptor = new DiagnosticDescriptor(
                id: id,
                title: Text(rule, "title", file, required: false) ?? id,
                messageFormat: messageText,
                category: Text(rule, "category", file, required: false) ?? DefaultCategory,
                defaultSeverity: severity,
                prevents: DisputeKind.None,
                description: Text(rule, "description", file, required: false),
                helpUri: Text(rule, "help", file, required: false));
        }
        catch (ArgumentException)
        {
            throw ConfigurationException.At(file, idToken, $"'{id}' is not a rule id: use letters followed by digits, e.g. ACME001");
        }
        var (line, column) = JsonPositions.StartOf(idToken!);
        return new DeclarativeRule(descriptor, target, when, message, file, line, column);
    }

    private static string? Text(JObject rule, string key, string file, bool required)
    {
        var token = rule[key];
        if (token is null)
        {
            var named = rule["id"] is JValue { Type: JTokenType.String } id ? $"rule {(string)id!}" : "the rule";
            return required ? throw ConfigurationException.At(file, rule, $"{named} has no \"{key}\"") : null;
        }
        if (token.Type != JTokenType.String || string.IsNullOrWhiteSpace((string)token!))
            throw ConfigurationException.At(file, token, $"\"{key}\" must be a non-empty string");
        return (string)token!;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
