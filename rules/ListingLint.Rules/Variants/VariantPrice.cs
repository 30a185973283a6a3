using ListingLint.Configuration;
using ListingLint.Model;
using ListingLint.Rules.Shared.Quantities;
using ListingLint.Rules.Text;

namespace ListingLint.Rules.Variants;

/// <summary>A variant priced far below the median of its siblings, with the statistics that say so.</summary>
public sealed record VariantPrice(ListingLint.Model.Location Location, decimal Price, decimal SiblingMedian, double Ratio, double? RobustZ, int Siblings, SignalStrength Strength);

/// <summary>LL2001's thresholds (documented on its page); read once per audit, shared with LL2002 for the combined verdict.</summary>
public sealed record PriceThresholds(double WarningRatio, double InfoRatio, double ExtremeRatio, double MinRobustZ, int MadMinSiblings, double MinUnitPriceRatio)
{
    public static PriceThresholds From(RuleOptions options) => new(
        options.Number("warningRatio", 0.3),
        options.Number("infoRatio", 0.5),
        options.Number("extremeRatio", 0.1),
        options.Number("minRobustZ", 3.0),
        options.Integer("madMinSiblings", 4),
        options.Number("minUnitPriceRatio", 0.5));
}

/// <summary>Compares each variant's price with the median of the other variants (robust: one bait variant cannot move it).</summary>
public static class VariantPriceAnalysis
{
    public static VariantPrice?[] Analyse(Listing listing, PriceThresholds limits)
    {
        var variants = listing.Variants;
        var result = new VariantPrice?[variants.Count];
        var priced = Priced(variants);
        if (priced.Length < 2)
            return result;
        var sorted = new decimal[priced.Length];
        for (var i = 0; i < sorted.Length; i++)
            sorted[i] = priced[i].Price!.Value;
        Array.Sort(sorted);
        Quantity?[]? quantities = null;
        for (var i = 0; i < priced.Length; i++)
        {
            var price = priced[i].Price!.Value;
            var median = MedianWithout(sorted, price);
            var ratio = (double)(price / median);
            if (ratio >= limits.InfoRatio)
                continue;
            quantities ??= priced.Select(v => QuantityReader.First(VariantWords.TextOf(v))).ToArray();
            if (ExplainedByQuantity(priced, quantities, i, limits.MinUnitPriceRatio))
                continue;
            double? z = null;
            if (priced.Length - 1 >= limits.MadMinSiblings)
            {
                var siblings = priced.Where((_, k) => k != i).Select(v => v.Price!.Value).ToArray();
                var mad = Median(siblings.Select(s => Math.Abs(s - median)).ToArray());
                z = mad > 0 ? (double)(median - price) / (1.4826 * (double)mad) : double.PositiveInfinity;
            }
            var strong = ratio < limits.ExtremeRatio || (ratio < limits.WarningRatio && (z is null || z >= limits.MinRobustZ));
            result[priced[i].Index] = new VariantPrice(listing.At($"/variants/{priced[i].Index}/price"), price, median, ratio, z, priced.Length - 1,
                strong ? SignalStrength.Warning : SignalStrength.Info);
        }
        return result;
    }

    // Runs for every listing with variants: a counted loop rather than LINQ.
    private static Variant[] Priced(IReadOnlyList<Variant> variants)
    {
        var count = 0;
        for (var i = 0; i < variants.Count; i++)
        {
            if (variants[i].Price is > 0)
                count++;
        }
        var priced = new Variant[count];
        for (int i = 0, k = 0; i < variants.Count; i++)
        {
            if (variants[i].Price is > 0)
                priced[k++] = variants[i];
        }
        return priced;
    }

    // The median of the sorted prices with one occurrence of the variant's own price left out, without copying the array.
    private static decimal MedianWithout(decimal[] sorted, decimal own)
    {
        var skip = Array.IndexOf(sorted, own);
        var count = sorted.Length - 1;
        decimal At(int k) => sorted[k < skip ? k : k + 1];
        return count % 2 == 1 ? At(count / 2) : (At(count / 2 - 1) + At(count / 2)) / 2;
    }

    // A smaller tier is cheaper by nature: 512GB at $29 next to 1TB at $48 is not bait as long as its price per unit is not
    // far below its siblings' (small tiers usually cost more per unit).
    private static bool ExplainedByQuantity(Variant[] priced, Quantity?[] quantities, int i, double minUnitPriceRatio)
    {
        if (quantities[i] is not { } own)
            return false;
        var unitPrices = new List<decimal>();
        var amounts = new List<decimal>();
        for (var k = 0; k < priced.Length; k++)
        {
            if (k != i && quantities[k] is { } q && q.Dimension == own.Dimension)
            {
                unitPrices.Add(priced[k].Price!.Value / (decimal)q.Value);
                amounts.Add((decimal)q.Value);
            }
        }
        if (unitPrices.Count == 0 || (decimal)own.Value >= Median(amounts.ToArray()))
            return false;
        var ownUnitPrice = priced[i].Price!.Value / (decimal)own.Value;
        return (double)(ownUnitPrice / Median(unitPrices.ToArray())) >= minUnitPriceRatio;
    }

    public static decimal Median(decimal[] values)
    {
        Array.Sort(values);
        var mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
