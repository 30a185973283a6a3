using ListingLint.IO;
using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Drafts;

/// <summary>Locations of JSON tokens in their file; JSON embedded in a page starts at <paramref name="line"/>/<paramref name="column"/> of the page.</summary>
internal sealed class JsonLocator(string file, int line = 1, int column = 1)
{
    public string File { get; } = file;

    public Location At(JToken? token)
    {
        if (token is null)
            return new Location(File, "", line, column);
        var (l, c) = JsonPositions.StartOf(token);
        if (l == 0)
            return new Location(File, "", 0, 0);
        return l == 1 ? new Location(File, "", line, column + c - 1) : new Location(File, "", line + l - 1, c);
    }

    /// <summary>The token's text with its location, or null when it has none.</summary>
    public Sourced<string>? Sourced(JToken? token) =>
        Text(token) is { Length: > 0 } text ? new Sourced<string>(text, At(token)) : null;

    public void Set(ListingDraft draft, string field, JToken? token, string source) =>
        draft.Set(field, Text(token), At(token), source);

    public static string? Text(JToken? token) => token switch
    {
        JValue { Type: JTokenType.String or JTokenType.Integer or JTokenType.Float or JTokenType.Boolean } v => v.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>The first object under <paramref name="key"/> found breadth-first within <paramref name="maxDepth"/> levels of objects.</summary>
    public static JToken? Find(JObject root, string key, int maxDepth = 4)
    {
        var level = new List<JObject> { root };
        for (var depth = 0; depth <= maxDepth && level.Count > 0; depth++)
        {
            foreach (var obj in level)
            {
                if (obj[key] is { Type: not JTokenType.Null } found)
                    return found;
            }
            level = level.SelectMany(o => o.Properties().Select(p => p.Value).OfType<JObject>()).ToList();
        }
        return null;
    }
}
