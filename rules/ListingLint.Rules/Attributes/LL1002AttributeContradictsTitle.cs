using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Rules.Shared.Quantities;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Attributes;

/// <summary>An attribute states a quantity (RAM, storage, battery, weight…) that the title or another attribute contradicts.</summary>
[Name("LL1002"), Tag(Categories.Attributes)]
public sealed class LL1002AttributeContradictsTitle : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL1002",
        title: "Attribute contradicts the title or another attribute",
        messageFormat: "The {0} is {1} in {2} but {3} in {4}",
        category: Categories.Attributes,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.NotAsDescribed,
        description: "A title that promises 8GB RAM over an attribute that says 4GB: whichever the buyer believed, the other one is what they will quote in the dispute.");

    public override void Define()
    {
        var tolerance = Options.Number("tolerance", Quantity.RelativeTolerance);
        var roles = Options.List("roles", QuantityConflicts.DefaultRoles.Select(r => r.ToString()).ToArray())
            .Select(r => Enum.Parse<QuantityRole>(r, ignoreCase: true))
            .ToHashSet();
        QuantityClaim claim = default!;
        QuantityClaimSet set = default!;

        When()
            .Match(() => claim, c => c.Source == QuantitySource.Attribute && roles.Contains(c.Role))
            .Match(() => set, s => QuantityConflicts.Find(claim, s, tolerance).Count > 0);
        Then()
            .Do(ctx => Report(ctx, claim, set, tolerance));
    }

    private static void Report(NRules.RuleModel.IContext ctx, QuantityClaim claim, QuantityClaimSet set, double tolerance)
    {
        var other = QuantityConflicts.Find(claim, set, tolerance);
        var otherValues = QuantityConflicts.Values(other);
        ctx.Report(
            Descriptor,
            null,
            claim.Location,
            Evidence.Of(("role", QuantityConflicts.Describe(claim.Role)), ("attribute", claim.Name), ("value", claim.Quantity.Text),
                ("conflictsWith", other[0].Where), ("otherValue", otherValues)),
            $"Make {claim.Where} and {other[0].Where} state the same {QuantityConflicts.Describe(claim.Role)}, or offer each value as a variant",
            QuantityConflicts.Describe(claim.Role), claim.Quantity.Text, claim.Where, otherValues, other[0].Where);
    }
}
