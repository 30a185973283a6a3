using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model;
using ListingLint.Rules.Shared.Quantities;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Attributes;

/// <summary>A power bank or battery claims more energy than its weight can hold ("50000mAh" in a 210 g parcel).</summary>
[Name("LL1004"), Tag(Categories.Attributes)]
public sealed class LL1004BatteryCapacityImplausibleForWeight : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL1004",
        title: "Battery capacity implausible for the weight",
        messageFormat: "{0} at {1} V is {2:0.#} Wh, but the item weighs at most {3} kg: {4:0} Wh/kg, more than the {5} Wh/kg the best lithium cells hold",
        category: Categories.Attributes,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.NotAsDescribed,
        description: "Inflated mAh figures are the commonest false claim on power banks and cells; physics caps the energy a given weight of cells can store.");

    public override void Define()
    {
        var maxWhPerKg = Options.Number("maxWhPerKg", 300);
        var nominalVolts = Options.Number("nominalVolts", 3.7);
        QuantityClaimSet set = default!;

        When()
            .Match(() => set, s => BatteryEnergy.Exceeds(s.Listing, s, nominalVolts, maxWhPerKg));
        Then()
            .Do(ctx => Report(ctx, BatteryEnergy.Of(set.Listing, set, nominalVolts)!, maxWhPerKg));
    }

    private static void Report(NRules.RuleModel.IContext ctx, BatteryEnergy energy, double maxWhPerKg) =>
        ctx.Report(
            Descriptor,
            null,
            energy.Charge.Location,
            Evidence.Of(("capacity", energy.Charge.Quantity.Text), ("source", energy.Charge.Where), ("volts", energy.Volts),
                ("wattHours", Math.Round(energy.WattHours, 1)), ("weightKg", energy.WeightKg), ("weightSource", energy.WeightSource),
                ("whPerKg", Math.Round(energy.WhPerKg)), ("maxWhPerKg", maxWhPerKg)),
            "State the capacity the cells really have (mAh at their nominal voltage), or correct the weight",
            energy.Charge.Quantity.Text, energy.Volts, energy.WattHours, energy.WeightKg, energy.WhPerKg, maxWhPerKg);
}
