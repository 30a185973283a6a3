using System.Collections;
using System.Globalization;
using ListingLint.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Engine.Declarative;

/// <summary>
/// The plain values a declarative condition sees: text, numbers, booleans and lists of them. Field accessors compiled
/// into rule conditions call these helpers for the parts of a path that are only known from the rule file.
/// </summary>
public static class FieldValues
{
    public static object? Attribute(Listing listing, string name) =>
        listing.AttributesNamed(name).FirstOrDefault()?.Value;

    public static object? Option(Variant variant, string name) => variant.OptionValue(name);

    /// <summary>An input field the model does not know, reached by a dotted path through objects and arrays.</summary>
    public static object? Extra(IReadOnlyDictionary<string, JToken> extra, string[] path)
    {
        if (!extra.TryGetValue(path[0], out var token))
            return null;
        for (var i = 1; i < path.Length && token is not null; i++)
        {
            token = token switch
            {
                JObject obj => obj[path[i]],
                JArray array when int.TryParse(path[i], NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }
        return FromToken(token);
    }

    public static object? FromToken(JToken? token) => token switch
    {
        null => null,
        JArray array => array.Select(FromToken).ToArray(),
        JObject obj => obj.ToString(Formatting.None),
        JValue { Type: JTokenType.Null or JTokenType.Undefined } => null,
        JValue { Type: JTokenType.Integer or JTokenType.Float } number => number.Value<decimal>(),
        JValue { Type: JTokenType.Boolean } flag => flag.Value<bool>(),
        JValue value => Convert.ToString(value.Value, CultureInfo.InvariantCulture),
        _ => token.ToString(Formatting.None),
    };

    /// <summary>The single values a check tests: a list's items, else the value itself.</summary>
    public static IEnumerable<object> Items(object? value)
    {
        switch (value)
        {
            case null:
                yield break;
            case string or decimal or bool or int or long or double:
                yield return value;
                yield break;
            case IEnumerable list:
                foreach (var item in list)
                {
                    if (item is not null)
                        yield return item;
                }
                yield break;
            default:
                yield return value;
                yield break;
        }
    }

    public static bool IsList(object? value) => value is IEnumerable and not string;

    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable list => string.Join(", ", list.Cast<object?>().Select(Text)),
        _ => value.ToString() ?? "",
    };

    public static bool TryNumber(object item, out decimal number)
    {
        switch (item)
        {
            case decimal d: number = d; return true;
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double x when !double.IsNaN(x) && !double.IsInfinity(x): number = (decimal)x; return true;
            case string s: return decimal.TryParse(s.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out number);
            default: number = 0; return false;
        }
    }
}
