namespace Acme.ListingRules;

/// <summary>Acme's own rule categories; <c>listinglint.json</c> can set a severity for a whole category by name.</summary>
public static class AcmeCategories
{
    public const string HouseRules = "Acme house rules";

    public const string HelpBase = "https://wiki.example/acme/";
}
