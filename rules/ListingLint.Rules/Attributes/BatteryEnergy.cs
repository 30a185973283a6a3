using ListingLint.Model;
using ListingLint.Rules.Shared;
using ListingLint.Rules.Shared.Quantities;

namespace ListingLint.Rules.Attributes;

/// <summary>The energy a listing's battery claim implies, against the heaviest weight the listing states (LL1004).</summary>
public sealed record BatteryEnergy(QuantityClaim Charge, double Volts, double WeightKg, string WeightSource)
{
    public double WattHours => Charge.Quantity.Value / 1000 * Volts;

    public double WhPerKg => WattHours / WeightKg;

    /// <summary>Words of things that hold or charge batteries without being one: their mAh figures are what they take.</summary>
    private static readonly string[] NotBattery =
    [
        "case", "cover", "holder", "box", "shell", "diy", "no battery", "without battery", "battery not included", "organizer", "bag", "tester",
    ];

    // The words as they are looked for in the normalised title: whole words, between spaces.
    private static readonly string[] NotBatteryWords = NotBattery.Select(w => " " + w + " ").ToArray();

    /// <summary>
    /// The smallest charge claimed (a listing offering 10000/20000 mAh with one weight is judged on 10000), the lowest
    /// stated voltage under <paramref name="nominalVolts"/> (1.2 V NiMH cells), and the heaviest weight stated (parcel or item).
    /// </summary>
    public static BatteryEnergy? Of(Listing listing, QuantityClaimSet set, double nominalVolts)
    {
        var charge = set.WithRole(QuantityRole.Battery).Where(c => c.Quantity.Value > 0).MinBy(c => c.Quantity.Value);
        if (charge is null)
            return null;
        var title = " " + TextNormalizer.Normalize(listing.Title ?? "") + " ";
        if (NotBatteryWords.Any(w => title.Contains(w, StringComparison.Ordinal)))
            return null;
        var (weight, source) = Heaviest(listing, set);
        if (weight <= 0)
            return null;
        var volts = set.WithRole(QuantityRole.Voltage)
            .Where(c => !c.IsVariant && c.Quantity.Min >= 1.0)
            .Select(c => c.Quantity.Min)
            .Append(nominalVolts)
            .Min();
        return new BatteryEnergy(charge, volts, weight, source);
    }

    public static bool Exceeds(Listing listing, QuantityClaimSet set, double nominalVolts, double maxWhPerKg) =>
        Of(listing, set, nominalVolts) is { } energy && energy.WhPerKg > maxWhPerKg;

    private static (double Kg, string Source) Heaviest(Listing listing, QuantityClaimSet set)
    {
        var best = (Kg: (double)(listing.Package?.WeightKg ?? 0), Source: "package.weightKg");
        foreach (var weight in set.WithRole(QuantityRole.Weight).Where(c => c.Source == QuantitySource.Attribute))
        {
            if (weight.Quantity.Max / 1000 > best.Kg)
                best = (weight.Quantity.Max / 1000, weight.Where);
        }
        return best;
    }
}
