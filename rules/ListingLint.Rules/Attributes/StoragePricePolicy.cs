using ListingLint.Model;
using ListingLint.Rules.Shared.Quantities;

namespace ListingLint.Rules.Attributes;

/// <summary>LL1003's price floors per TB (flash and hard disk) and the currencies they apply to.</summary>
public sealed record StoragePricePolicy(double MinPerTbFlash, double MinPerTbHardDisk, IReadOnlySet<string> Currencies)
{
    public double FloorFor(StorageOffer offer) => offer.HardDisk ? MinPerTbHardDisk : MinPerTbFlash;

    public IReadOnlyList<StorageOffer> Violations(Listing listing, QuantityClaimSet set) =>
        StorageOffers.Of(listing, set, Currencies).Where(o => o.UsdPerTb < FloorFor(o)).ToArray();
}
