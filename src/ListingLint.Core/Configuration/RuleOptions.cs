using Newtonsoft.Json.Linq;

namespace ListingLint.Configuration;

/// <summary>A rule's options from <c>listinglint.json</c>; each getter takes the documented default.</summary>
public sealed class RuleOptions
{
    public static readonly RuleOptions Empty = new("", new JObject(), "");

    private readonly JObject _values;

    public RuleOptions(string ruleId, JObject values, string file)
    {
        RuleId = ruleId;
        _values = values;
        File = file;
    }

    public string RuleId { get; }
    public string File { get; }

    public bool Has(string name) => _values.ContainsKey(name);

    public double Number(string name, double fallback) => Read(name, fallback, t =>
        t.Type is JTokenType.Integer or JTokenType.Float ? t.Value<double>() : throw Wrong(t, name, "a number"));

    public int Integer(string name, int fallback) => Read(name, fallback, t =>
        t.Type == JTokenType.Integer ? t.Value<int>() : throw Wrong(t, name, "a whole number"));

    public bool Flag(string name, bool fallback) => Read(name, fallback, t =>
        t.Type == JTokenType.Boolean ? t.Value<bool>() : throw Wrong(t, name, "true or false"));

    public string Text(string name, string fallback) => Read(name, fallback, t =>
        t.Type == JTokenType.String ? t.Value<string>()! : throw Wrong(t, name, "a string"));

    public IReadOnlyList<string> List(string name, IReadOnlyList<string> fallback) => Read(name, fallback, t =>
        t is JArray array && array.All(v => v.Type == JTokenType.String)
            ? array.Select(v => v.Value<string>()!).ToArray()
            : throw Wrong(t, name, "an array of strings"));

    public JToken? Raw(string name) => _values[name];

    private T Read<T>(string name, T fallback, Func<JToken, T> convert) =>
        _values.TryGetValue(name, StringComparison.Ordinal, out var token) && token.Type != JTokenType.Null ? convert(token) : fallback;

    private ConfigurationException Wrong(JToken token, string name, string expected) =>
        ConfigurationException.At(File, token, $"option '{name}' of rule {RuleId} must be {expected}");
}
