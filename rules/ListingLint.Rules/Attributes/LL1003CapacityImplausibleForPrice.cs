using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model;
using ListingLint.Rules.Shared.Quantities;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Attributes;

/// <summary>A flash drive, memory card or SSD claims more capacity than its price can buy ("2TB flash drive for $6.99").</summary>
[Name("LL1003"), Tag(Categories.Attributes)]
public sealed class LL1003CapacityImplausibleForPrice : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL1003",
        title: "Storage capacity implausible for the price",
        messageFormat: "{0} for {1} {2} is {3:0.00} {2} per TB, below the {4} {2} per TB that no genuine {5} sells under",
        category: Categories.Attributes,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.NotAsDescribed,
        description: "Fake-capacity drives report the advertised size to the computer but hold a fraction of it; files written past the real size are lost. The price gives them away.");

    public override void Define()
    {
        var policy = new StoragePricePolicy(
            Options.Number("minUsdPerTb", 15),
            Options.Number("minUsdPerTbHardDisk", 5),
            Options.List("currencies", ["USD"]).ToHashSet(StringComparer.OrdinalIgnoreCase));
        QuantityClaimSet set = default!;

        // A listing is checked for being a storage product only when it claims a storage capacity.
        When()
            .Match(() => set, s => s.WithRole(QuantityRole.Storage).Any(), s => StorageOffers.IsStorageProduct(s.Listing) && policy.Violations(s.Listing, s).Count > 0);
        Then()
            .Do(ctx => Report(ctx, set.Listing, set, policy));
    }

    private static void Report(NRules.RuleModel.IContext ctx, Listing listing, QuantityClaimSet set, StoragePricePolicy policy)
    {
        foreach (var offer in policy.Violations(listing, set))
        {
            var floor = policy.FloorFor(offer);
            var unit = offer.Currency ?? "USD";
            ctx.Report(
                Descriptor,
                null,
                offer.Capacity.Location,
                Evidence.Of(("capacity", offer.Capacity.Quantity.Text), ("source", offer.Capacity.Where), ("price", offer.Price), ("currency", unit),
                    ("perTb", Math.Round(offer.UsdPerTb, 2)), ("minPerTb", floor)),
                "State the capacity the drive really has; if it is genuine, check the price",
                offer.Capacity.Quantity.Text, offer.Price, unit, offer.UsdPerTb, floor, offer.HardDisk ? "hard disk" : "flash storage");
        }
    }
}
