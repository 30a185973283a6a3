using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Rules.Shared;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Variants;

/// <summary>A variant option holds values that are not of its kind: a "Color" whose value is "Cable", a "Plug" holding "Filter".</summary>
[Name("LL2003"), Tag(Categories.Variants)]
public sealed class LL2003OptionValueOfOtherKind : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL2003",
        title: "Option value is not of the option's kind",
        messageFormat: "Option '{0}' of variant {1} holds \"{2}\", {3} rather than a {4}",
        category: Categories.Variants,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.ListingPolicy,
        description: "Hiding a different item in a Color or Plug option is how SKU bait passes the marketplace's variant checks; buyers read the option as a colour or plug of the product.");

    public override void Define()
    {
        NamedValues values = default!;

        When()
            .Match(() => values, vs => vs.Any(OtherKind));
        Then()
            .Do(ctx => Report(ctx, values));
    }

    // A field, so that the rule's condition (an expression tree) does not create a delegate from a method group per call.
    private static readonly Func<NamedValue, bool> OtherKind = HoldsOtherKind;

    private static bool HoldsOtherKind(NamedValue value) =>
        value.Source == NamedValueSource.VariantOption && OptionKinds.KindOf(value.Name) is { } kind && OptionKinds.Foreign(kind, value.Value) != null;

    private static void Report(NRules.RuleModel.IContext ctx, NamedValues values)
    {
        foreach (var value in values.Where(HoldsOtherKind))
        {
            var kind = OptionKinds.KindOf(value.Name)!;
            var foreign = OptionKinds.Foreign(kind, value.Value)!;
            var held = foreign.Kind == ForeignValueKind.Item ? ("item", foreign.Term) : ("valueKind", foreign.Term);
            ctx.Report(
                Descriptor,
                value.Location,
                Evidence.Of(("option", value.Name), ("value", value.Value), held, ("kind", kind)),
                value.Name, value.VariantIndex + 1, value.Value, foreign.Describe(), kind);
        }
    }
}
