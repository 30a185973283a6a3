using System.Globalization;
using ListingLint.Model;

namespace ListingLint.Rules.Consistency;

/// <summary>The price each source of one page gives (the first per source), and whether two of them disagree.</summary>
public static class PagePriceSources
{
    private const decimal Tolerance = 0.005m;

    public static IReadOnlyList<(Observation Price, decimal Amount)> PerSource(Listing page) =>
        page.Observations.Where(o => o.Field == "price")
            .GroupBy(o => o.Source)
            .Select(g => g.First())
            .Select(o => (o, decimal.TryParse(o.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : -1))
            .Where(p => p.Item2 >= 0)
            .ToArray();

    /// <summary>Two sources' prices that differ, unless the sources name different currencies (then it is not the same price).</summary>
    public static ((Observation Price, decimal Amount) First, (Observation Price, decimal Amount) Second)? Contradiction(Listing page)
    {
        var prices = PerSource(page);
        var currencies = page.Observations.Where(o => o.Field == "currency").GroupBy(o => o.Source).ToDictionary(g => g.Key, g => g.First().Value.ToUpperInvariant());
        for (var i = 0; i < prices.Count; i++)
        {
            for (var j = i + 1; j < prices.Count; j++)
            {
                var sameCurrency = !currencies.TryGetValue(prices[i].Price.Source, out var a) || !currencies.TryGetValue(prices[j].Price.Source, out var b) || a == b;
                if (sameCurrency && Math.Abs(prices[i].Amount - prices[j].Amount) > Tolerance)
                    return (prices[i], prices[j]);
            }
        }
        return null;
    }
}
