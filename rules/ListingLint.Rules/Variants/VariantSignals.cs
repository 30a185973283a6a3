using ListingLint.Model;

namespace ListingLint.Rules.Variants;

/// <summary>
/// Per-variant evidence for SKU bait, computed once before the session: the price signal (LL2001) and the other-item
/// signal (LL2002). Each rule reports its own signal and raises it to error when the other is present too.
/// </summary>
public sealed record VariantSignals(Variant Variant, TitleProduct Product, VariantPrice? Price, VariantItem? Item)
{
    public bool Combined => Price is not null && Item is not null;

    public static ListingLint.Diagnostics.Severity SeverityOf(SignalStrength own, bool combined) =>
        combined ? ListingLint.Diagnostics.Severity.Error
        : own == SignalStrength.Warning ? ListingLint.Diagnostics.Severity.Warning
        : ListingLint.Diagnostics.Severity.Info;

    /// <summary>
    /// LL2001's severity: a milder price gap (info) stays info even beside another item, since the price is not far below
    /// for what the variant is; LL2002 carries the combined error then ("Spare battery kit" at 43% of a drone's price).
    /// </summary>
    public static ListingLint.Diagnostics.Severity PriceSeverityOf(SignalStrength price, bool combined) =>
        SeverityOf(price, combined && price == SignalStrength.Warning);
}
