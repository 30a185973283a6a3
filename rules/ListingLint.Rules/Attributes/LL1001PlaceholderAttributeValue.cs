using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Rules.Brand;
using ListingLint.Rules.Shared;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Attributes;

/// <summary>An attribute or variant option holds a placeholder ("as picture", "NoEnName_Null", "") instead of a value.</summary>
[Name("LL1001"), Tag(Categories.Attributes)]
public sealed class LL1001PlaceholderAttributeValue : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL1001",
        title: "Attribute value is a placeholder",
        messageFormat: "{0} is \"{1}\", which tells the buyer nothing about the item",
        category: Categories.Attributes,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.NotAsDescribed,
        description: "Values such as \"as picture\", \"see description\", \"N/A\" or an empty string leave the buyer to guess; the received item then 'differs' from what they guessed.");

    public override void Define()
    {
        // Values the store accepts as real choices, e.g. "Other" for a marketplace enum, compared after normalisation.
        var allowed = Options.List("allowedValues", []).Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        // Values repeat across a catalogue ("Black", "Cotton"): each is classified once.
        var strengths = new BoundedCache<string, PlaceholderStrength>(value => PlaceholderValues.Classify(value, allowed));
        Func<NamedValue, bool> isPlaceholder = value => strengths[value.Value] != PlaceholderStrength.None && !SaysUnbranded(value);
        NamedValues values = default!;

        When()
            .Match(() => values, vs => vs.Any(isPlaceholder));
        Then()
            .Do(ctx => Report(ctx, values, strengths, isPlaceholder));
    }

    // "Brand Name: NoEnName_Null" is AliExpress's own value for an unbranded item, not a missing fact.
    private static bool SaysUnbranded(NamedValue value) => GenericBrands.IsBrandAttribute(value.Name) && GenericBrands.IsGeneric(value.Value);

    private static void Report(NRules.RuleModel.IContext ctx, NamedValues values, BoundedCache<string, PlaceholderStrength> strengths,
        Func<NamedValue, bool> isPlaceholder)
    {
        foreach (var value in values.Where(isPlaceholder))
        {
            ctx.Report(
                Descriptor,
                strengths[value.Value] == PlaceholderStrength.Strong ? Severity.Warning : Severity.Info,
                value.Location,
                Evidence.Of(("name", value.Name), ("value", value.Value)),
                $"Replace \"{value.Value}\" with the real {value.Name.ToLowerInvariant()} of the item",
                value.Where, value.Value);
        }
    }
}
