using System.Globalization;
using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Rules.Consistency;

/// <summary>The values a feed entry and its landing page are compared on, read the same way for every input format.</summary>
public static class FeedPageValues
{
    /// <summary>What the buyer should pay according to the feed: its sale price when it has one, else its price; with the pointer it was read at.</summary>
    public static (decimal Amount, string Pointer)? ExpectedPrice(Listing feed)
    {
        foreach (var name in new[] { "salePrice", "sale_price" })
        {
            if (feed.Extra.TryGetValue(name, out var token) && Amount(token) is { } sale)
                return (sale, "/" + name);
        }
        return feed.Price is { } price ? (price.Amount, "/price") : null;
    }

    /// <summary>Every price the page shows for the product: its own and each variant's.</summary>
    public static IReadOnlyList<decimal> PagePrices(Listing page) =>
        new[] { page.Price?.Amount }.Concat(page.Variants.Select(v => v.Price)).Where(p => p is not null).Select(p => p!.Value).Distinct().ToArray();

    /// <summary>True when the page gives a price range (an AggregateOffer) rather than one price.</summary>
    public static bool HasPriceRange(Listing page) => page.Observations.Any(o => o.Field == "lowPrice");

    public static string? AvailabilityOf(Listing listing) =>
        listing.Extra.TryGetValue("availability", out var token) && token.Type == JTokenType.String && ((string)token!).Trim().Length > 0
            ? Availability.Normalize((string)token!)
            : null;

    public static string Describe(Location location, string? source) =>
        source is null ? location.ToString() : $"{location} ({source})";

    public static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static decimal? Amount(JToken token) => token switch
    {
        JValue { Type: JTokenType.Integer or JTokenType.Float } number => number.Value<decimal>(),
        JValue { Type: JTokenType.String } text when decimal.TryParse(((string)text!).Split(' ')[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        JObject obj when obj["amount"] is { } amount => Amount(amount),
        _ => null,
    };
}
