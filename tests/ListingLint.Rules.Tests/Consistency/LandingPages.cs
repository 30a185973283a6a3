using Newtonsoft.Json.Linq;

namespace ListingLint.Rules.Tests.Consistency;

/// <summary>Builds listings whose landing page is given inline as a <c>data:</c> URL, so tests need no files.</summary>
internal static class LandingPages
{
    public static string With(string listingJson, string pageHtml)
    {
        var listing = JObject.Parse(listingJson);
        listing["page"] = "data:text/html," + Uri.EscapeDataString(pageHtml);
        return listing.ToString();
    }

    public static string JsonLd(string productJson) =>
        $"<html><head><script type=\"application/ld+json\">{productJson}</script></head><body></body></html>";

    public static string Product(string name, string price, string currency = "USD", string availability = "InStock", string brand = "Anker") =>
        JsonLd(new JObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Product",
            ["name"] = name,
            ["brand"] = new JObject { ["@type"] = "Brand", ["name"] = brand },
            ["offers"] = new JObject { ["@type"] = "Offer", ["price"] = price, ["priceCurrency"] = currency, ["availability"] = "https://schema.org/" + availability },
        }.ToString(Newtonsoft.Json.Formatting.None));
}
