using Newtonsoft.Json.Linq;

namespace ListingLint.Model;

internal static class EmptyExtra
{
    public static readonly IReadOnlyDictionary<string, JToken> Instance = new Dictionary<string, JToken>();
}
