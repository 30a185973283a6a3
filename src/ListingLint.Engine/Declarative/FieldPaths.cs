using System.Linq.Expressions;
using ListingLint.Model;

namespace ListingLint.Engine.Declarative;

/// <summary>Resolves the dotted <c>field</c> paths of a rule file against a target; a path that cannot exist is an error.</summary>
public static class FieldPaths
{
    /// <summary>The path, or null with <paramref name="problem"/> saying why it names nothing.</summary>
    public static FieldPath? Resolve(RuleTarget target, string text, out string? problem)
    {
        problem = null;
        var segments = text.Split('.');
        if (text.Length == 0 || segments.Any(s => s.Length == 0))
        {
            problem = $"'{text}' is not a field path (use names separated by dots, e.g. price.amount)";
            return null;
        }
        var known = target == RuleTarget.Listing ? KnownFields.Listing
            : target == RuleTarget.Variant ? KnownFields.Variant
            : target == RuleTarget.Attribute ? KnownFields.Attribute
            : KnownFields.Image;
        if (known.TryGetValue(text, out var field))
            return new FieldPath(text, field.Accessor, Locator(target, field.Pointer));

        if (target == RuleTarget.Listing && segments is ["attributes", _, ..])
            return Named(text, target, string.Join('.', segments[1..]), nameof(FieldValues.Attribute), (_, f, name) => ((Listing)f).AttributesNamed(name).FirstOrDefault()?.Location);
        if (target == RuleTarget.Variant && segments is ["options", _, ..])
            return Named(text, target, string.Join('.', segments[1..]), nameof(FieldValues.Option),
                (_, f, name) => ((Variant)f).Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase))?.Location);

        var reachesExtra = target == RuleTarget.Listing ? !KnownFields.ListingObjects.Contains(segments[0])
            : target == RuleTarget.Variant && !known.ContainsKey(segments[0]);
        if (reachesExtra)
            return Extra(text, target, segments);

        problem = $"a{(target.Name[0] == 'a' || target.Name[0] == 'i' ? "n" : "")} {target.Name} has no field '{text}' (known: {string.Join(", ", Suggestions(target, known))})";
        return null;
    }

    private static IEnumerable<string> Suggestions(RuleTarget target, IReadOnlyDictionary<string, KnownFields.Field> known)
    {
        var names = known.Keys.AsEnumerable();
        if (target == RuleTarget.Listing)
            names = names.Append("attributes.<name>").Append("any other input field");
        if (target == RuleTarget.Variant)
            names = names.Append("options.<name>").Append("any other input field");
        return names;
    }

    private static FieldPath Named(string text, RuleTarget target, string name, string helper, Func<Listing?, object, string, Location?> locate)
    {
        var fact = Expression.Parameter(target.FactType, "fact");
        var call = Expression.Call(typeof(FieldValues).GetMethod(helper)!, fact, Expression.Constant(name));
        return new FieldPath(text, Expression.Lambda(call, fact), (l, f) => locate(l, f, name));
    }

    private static FieldPath Extra(string text, RuleTarget target, string[] segments)
    {
        var fact = Expression.Parameter(target.FactType, "fact");
        var extra = Expression.Property(fact, target == RuleTarget.Listing ? nameof(Listing.Extra) : nameof(Variant.Extra));
        var call = Expression.Call(typeof(FieldValues).GetMethod(nameof(FieldValues.Extra))!, extra, Expression.Constant(segments));
        var pointer = segments.Aggregate("", JsonPointer.Append);
        return new FieldPath(text, Expression.Lambda(call, fact), Locator(target, pointer));
    }

    private static Func<Listing?, object, Location?> Locator(RuleTarget target, string pointer) => target.Name switch
    {
        "listing" => (_, fact) => ((Listing)fact).At(pointer),
        "variant" => (listing, fact) => listing?.At(((Variant)fact).Location.Pointer + pointer),
        _ => (_, fact) => RuleTarget.LocationOf(fact),
    };
}
