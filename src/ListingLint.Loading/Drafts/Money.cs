using System.Globalization;
using System.Text.RegularExpressions;

namespace ListingLint.Loading.Drafts;

/// <summary>Prices as pages and exports write them: <c>19.99</c>, <c>"19.99"</c>, <c>"$1,090.00"</c>, <c>"19,99 €"</c>.</summary>
internal static partial class Money
{
    public static decimal? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var match = Number().Match(text);
        if (!match.Success)
            return null;
        var digits = match.Value;
        var comma = digits.LastIndexOf(',');
        var dot = digits.LastIndexOf('.');
        // "1.090,00" and "19,99" use a decimal comma; "1,090.00" and "1,090" use a thousands comma.
        if (comma > dot && digits.Length - comma - 1 is 1 or 2)
            digits = digits.Replace(".", "").Replace(',', '.');
        else
            digits = digits.Replace(",", "");
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : null;
    }

    /// <summary>A three-letter currency code in the text, or the code for a leading symbol.</summary>
    public static string? Currency(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var code = Code().Match(text);
        if (code.Success)
            return code.Value.ToUpperInvariant();
        return text.Trim() switch
        {
            var t when t.Contains('€') => "EUR",
            var t when t.Contains('£') => "GBP",
            var t when t.StartsWith("US $") || t.StartsWith('$') => "USD",
            _ => null,
        };
    }

    [GeneratedRegex(@"\d[\d,.]*")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b[A-Z]{3}\b")]
    private static partial Regex Code();
}
