using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model;
using ListingLint.Model.Images;
using ListingLint.Rules.Shared;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ListingLint.Rules.Images;

/// <summary>The listing's colour attribute names a colour the main image clearly does not show.</summary>
[Name("LL4008"), Tag(Categories.Images)]
public sealed class LL4008ColourAttributeMismatch : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL4008",
        title: "Colour attribute disagrees with the main image",
        messageFormat: "{0} is \"{1}\" but the main image '{2}' is mostly {3} ({4:P0}) and shows almost no {5}",
        category: Categories.Images,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.NotAsDescribed,
        description: "Colour is the most disputed attribute: when the photo and the text disagree, the buyer gets one of them wrong.");

    public override void Define()
    {
        // The main image's dominant family must cover at least this share of the subject…
        var minDominant = Options.Number("minDominantShare", 0.5);
        // …and the named colour at most this share. A dominant colour that is a neighbour of the named one (red for
        // "Pink", black for "Navy") is lighting or dye, not a disagreement.
        var maxNamed = Options.Number("maxNamedShare", 0.05);
        Listing listing = default!;
        NamedValues values = default!;
        ImageFacts main = default!;

        // The main image first: most listings name a colour, few have an analysed image.
        When()
            .Match(() => main, i => i.IsMain)
            .Match(() => values, vs => vs.Any(ColourAttribute) && Disagreeing(vs, main.Colours, minDominant, maxNamed).Any())
            .Match(() => listing, l => !HasSeveralColourVariants(l));
        Then()
            .Do(ctx => Report(ctx, Disagreeing(values, main.Colours, minDominant, maxNamed), main));
    }

    // A field, so that the rule's condition (an expression tree) does not create a delegate from a method group per call.
    private static readonly Func<NamedValue, bool> ColourAttribute = IsColourAttribute;

    private static IEnumerable<NamedValue> Disagreeing(NamedValues values, ColourProfile colours, double minDominant, double maxNamed) =>
        values.Where(c => IsColourAttribute(c) && Disagrees(colours, ColourNames.FamilyOf(c.Value)!, minDominant, maxNamed));

    private static bool IsColourAttribute(NamedValue value) =>
        value.Source == NamedValueSource.Attribute && ColourNames.AttributeNames.Contains(value.Name) && ColourNames.FamilyOf(value.Value) != null;

    // With several colour variants the main image may show any of them.
    private static bool HasSeveralColourVariants(Listing listing)
    {
        string? first = null;
        foreach (var variant in listing.Variants)
        {
            for (var i = 0; i < variant.Options.Count; i++)
            {
                var option = variant.Options[i];
                if (!ColourNames.AttributeNames.Contains(option.Name))
                    continue;
                var value = option.Value.Trim();
                if (first is null)
                    first = value;
                else if (!value.Equals(first, StringComparison.OrdinalIgnoreCase))
                    return true;
            }
        }
        return false;
    }

    private static bool Disagrees(ColourProfile colours, string named, double minDominant, double maxNamed) =>
        colours.Dominant is { } dominant
        && dominant != named
        && !ColourFamily.Neighbours[named].Contains(dominant)
        && colours.Background != named
        && colours.ShareOf(dominant) >= minDominant
        && colours.ShareOf(named) <= maxNamed;

    private static void Report(IContext ctx, IEnumerable<NamedValue> colours, ImageFacts main)
    {
        foreach (var colour in colours)
            Report(ctx, colour, main);
    }

    private static void Report(IContext ctx, NamedValue colour, ImageFacts main)
    {
        var named = ColourNames.FamilyOf(colour.Value)!;
        ctx.Report(Descriptor, null, colour.Location,
            Evidence.Of(("attribute", colour.Name), ("value", colour.Value), ("image", main.Src), ("dominant", main.Colours.Dominant),
                ("dominantShare", main.Colours.ShareOf(main.Colours.Dominant!).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)),
                ("namedShare", main.Colours.ShareOf(named).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)),
                ("averageColour", main.Colours.DominantHex), ("background", main.Colours.Background)),
            "Correct the colour attribute, or use a main image of the colour you sell",
            colour.Name, colour.Value, main.Src, main.Colours.Dominant, main.Colours.ShareOf(main.Colours.Dominant!), named);
    }
}
