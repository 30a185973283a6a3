using System.Security.Cryptography;
using System.Text;

namespace ListingLint.Diagnostics;

public static class Fingerprints
{
    public static string Of(string ruleId, string listingId, string message)
    {
        var bytes = Encoding.UTF8.GetBytes(ruleId + "\u001f" + listingId + "\u001f" + message);
        return Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16));
    }
}
