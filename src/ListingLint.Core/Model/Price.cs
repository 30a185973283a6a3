namespace ListingLint.Model;

/// <summary>An amount of money; the currency is an ISO 4217 code when the input gave one.</summary>
public sealed record Price(decimal Amount, string? Currency)
{
    public override string ToString() =>
        Currency is null ? Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)
                         : $"{Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} {Currency}";
}
