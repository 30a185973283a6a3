using System.Text;

namespace ListingLint.Engine.Declarative;

/// <summary>
/// A rule's <c>message</c> with its placeholders resolved once: <c>{field}</c>, <c>{value}</c>, <c>{match}</c>
/// (of the check that made the rule fire) and any field path of the target. <c>{{</c> and <c>}}</c> are literal braces.
/// </summary>
public sealed class MessageTemplate
{
    private readonly IReadOnlyList<Func<object, FieldCheck?, string>> _parts;

    private MessageTemplate(string text, IReadOnlyList<Func<object, FieldCheck?, string>> parts)
    {
        Text = text;
        _parts = parts;
    }

    public string Text { get; }

    public string Render(object fact, FieldCheck? witness)
    {
        var builder = new StringBuilder();
        foreach (var part in _parts)
            builder.Append(part(fact, witness));
        return builder.ToString();
    }

    /// <summary>The template, or null with <paramref name="problem"/> naming the first placeholder that cannot be filled.</summary>
    public static MessageTemplate? Parse(string text, RuleTarget target, out string? problem)
    {
        problem = null;
        var parts = new List<Func<object, FieldCheck?, string>>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }
            if (c == '}')
            {
                problem = $"unmatched '}}' at character {i + 1} of the message (write '}}}}' for a literal brace)";
                return null;
            }
            if (c != '{')
            {
                literal.Append(c);
                continue;
            }
            var end = text.IndexOf('}', i + 1);
            if (end < 0)
            {
                problem = $"unclosed '{{' at character {i + 1} of the message (write '{{{{' for a literal brace)";
                return null;
            }
            var name = text[(i + 1)..end].Trim();
            var placeholder = Placeholder(name, target, out problem);
            if (placeholder is null)
                return null;
            Flush(literal, parts);
            parts.Add(placeholder);
            i = end;
        }
        Flush(literal, parts);
        return new MessageTemplate(text, parts);
    }

    private static Func<object, FieldCheck?, string>? Placeholder(string name, RuleTarget target, out string? problem)
    {
        problem = null;
        switch (name)
        {
            case "field":
                return (_, w) => w?.Field.Text ?? "";
            case "value":
                return (fact, w) => w is null ? "" : FieldValues.Text(w.Field.Read(fact));
            case "match":
                return (fact, w) => w is null ? "" : w.Check.Match(w.Field.Read(fact)) ?? FieldValues.Text(w.Field.Read(fact));
        }
        var path = FieldPaths.Resolve(target, name, out var pathProblem);
        if (path is null)
        {
            problem = $"placeholder {{{name}}}: {pathProblem}";
            return null;
        }
        return (fact, _) => FieldValues.Text(path.Read(fact));
    }

    private static void Flush(StringBuilder literal, List<Func<object, FieldCheck?, string>> parts)
    {
        if (literal.Length == 0)
            return;
        var text = literal.ToString();
        parts.Add((_, _) => text);
        literal.Clear();
    }
}
