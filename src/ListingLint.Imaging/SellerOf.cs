using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Imaging;

/// <summary>The seller or store a listing belongs to, when its input says (<c>seller</c>, <c>store</c>, <c>shop</c>, as text or an object with an id or name).</summary>
internal static class SellerOf
{
    private static readonly string[] Keys = ["seller", "sellerId", "store", "storeId", "shop", "shopId"];

    public static string? Find(Listing listing)
    {
        if (listing.Extra.Count == 0)
            return null;
        foreach (var key in Keys)
        {
            var found = listing.Extra.FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
            var text = found switch
            {
                JValue { Type: JTokenType.String or JTokenType.Integer } value => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                JObject obj => (obj["id"] ?? obj["name"]) is JValue inner ? inner.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(text))
                return text.Trim();
        }
        return null;
    }
}
