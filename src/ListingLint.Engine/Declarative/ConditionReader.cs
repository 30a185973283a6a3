using System.Text.RegularExpressions;
using ListingLint.Configuration;
using ListingLint.Engine.Declarative.Checks;
using Newtonsoft.Json.Linq;

namespace ListingLint.Engine.Declarative;

/// <summary>Reads the <c>when</c> of a rule into a <see cref="Condition"/>; anything it does not understand is a <see cref="ConfigurationException"/> at the offending token.</summary>
internal sealed class ConditionReader(string file, RuleTarget target)
{
    public static readonly IReadOnlyList<string> CheckNames =
        ["exists", "equals", "in", "matches", "containsAny", "lessThan", "greaterThan", "lengthGreaterThan", "lengthLessThan"];

    private static readonly string[] Combinators = ["all", "any", "not"];

    public Condition Read(JToken token)
    {
        if (token is not JObject obj || obj.Count == 0)
            throw Error(token, "a condition must be an object: { \"field\": …, \"<check>\": … }, { \"all\": [ … ] }, { \"any\": [ … ] } or { \"not\": { … } }");
        var combinator = obj.Properties().FirstOrDefault(p => Combinators.Contains(p.Name));
        if (combinator is not null)
        {
            if (obj.Count > 1)
                throw Error(obj, $"'{combinator.Name}' must be the only key of its condition object");
            return combinator.Name == "not" ? new NotCondition(Read(combinator.Value)) : ReadGroup(combinator);
        }
        return ReadLeaf(obj);
    }

    private Condition ReadGroup(JProperty property)
    {
        if (property.Value is not JArray { Count: > 0 } parts)
            throw Error(property.Value, $"'{property.Name}' takes a non-empty array of conditions");
        var conditions = parts.Select(Read).ToArray();
        return property.Name == "all" ? new AllCondition(conditions) : new AnyCondition(conditions);
    }

    private Condition ReadLeaf(JObject obj)
    {
        if (obj["field"] is not JValue { Type: JTokenType.String } fieldToken)
            throw Error(obj["field"] ?? obj, "a condition needs \"field\": the dotted path of the field to check (or all, any, not)");
        var path = FieldPaths.Resolve(target, (string)fieldToken!, out var problem) ?? throw Error(fieldToken, problem!);
        var checks = new List<Condition>();
        foreach (var property in obj.Properties().Where(p => p.Name != "field"))
        {
            if (!CheckNames.Contains(property.Name))
                throw Error(property, $"unknown condition '{property.Name}' (known: {string.Join(", ", CheckNames.Concat(Combinators))})");
            checks.Add(new FieldCheck(path, ReadCheck(property.Name, property.Value)));
        }
        return checks.Count switch
        {
            0 => throw Error(obj, $"the condition on '{path.Text}' has no check (one of: {string.Join(", ", CheckNames)})"),
            1 => checks[0],
            _ => new AllCondition(checks),
        };
    }

    private Check ReadCheck(string name, JToken value) => name switch
    {
        "exists" => value.Type == JTokenType.Boolean ? new ExistsCheck((bool)value) : throw Error(value, "'exists' must be true or false"),
        "equals" => new EqualsCheck(name, [Scalar(value, name)]),
        "in" => value is JArray { Count: > 0 } items ? new EqualsCheck(name, items.Select(i => Scalar(i, name)).ToArray())
            : throw Error(value, "'in' takes a non-empty array of values"),
        "matches" => new RegexCheck(name, Pattern(value)),
        "containsAny" => new RegexCheck(name, RegexCheck.Words(Words(value))),
        "lessThan" or "greaterThan" => new CompareCheck(name, Number(value, name), less: name == "lessThan"),
        _ => new LengthCheck(name, Length(value, name), less: name == "lengthLessThan"),
    };

    private object Scalar(JToken value, string check) => value.Type switch
    {
        JTokenType.String => (string)value!,
        JTokenType.Integer or JTokenType.Float => value.Value<decimal>(),
        JTokenType.Boolean => (bool)value ? "true" : "false",
        _ => throw Error(value, $"'{check}' compares with text, numbers or true/false, not {value.Type.ToString().ToLowerInvariant()}"),
    };

    private Regex Pattern(JToken value)
    {
        if (value.Type != JTokenType.String || ((string)value!).Length == 0)
            throw Error(value, "'matches' takes a regular expression as a non-empty string");
        try
        {
            return RegexCheck.Pattern((string)value!);
        }
        catch (ArgumentException e)
        {
            throw Error(value, $"bad regular expression: {e.Message}");
        }
    }

    private string[] Words(JToken value) =>
        value is JArray { Count: > 0 } words && words.All(w => w.Type == JTokenType.String && !string.IsNullOrWhiteSpace((string)w!))
            ? words.Select(w => (string)w!).ToArray()
            : throw Error(value, "'containsAny' takes a non-empty array of words or phrases");

    private decimal Number(JToken value, string check) =>
        value.Type is JTokenType.Integer or JTokenType.Float ? value.Value<decimal>() : throw Error(value, $"'{check}' takes a number");

    private int Length(JToken value, string check) =>
        value.Type == JTokenType.Integer && value.Value<long>() is >= 0 and <= int.MaxValue
            ? value.Value<int>()
            : throw Error(value, $"'{check}' takes a whole number of characters (or list items), 0 or more");

    private ConfigurationException Error(JToken? token, string problem) => ConfigurationException.At(file, token, problem);
}
