using ListingLint.Model;

namespace ListingLint.Rules.Shared.Quantities;

/// <summary>Reads every quantity a listing claims, from its title, attributes, variant options and variant titles.</summary>
public static class QuantityClaimReader
{
    public static IReadOnlyList<QuantityClaim> Read(Listing listing)
    {
        // Most values state no quantity: the title's context is read only once one does.
        var context = new Lazy<TitleContext>(() => TitleContext.Of(listing), LazyThreadSafetyMode.None);
        var claims = new List<QuantityClaim>();
        FromTitle(listing.Title, QuantitySource.Title, null, () => listing.At("/title"), context, claims);
        foreach (var attribute in listing.Attributes)
            FromNamed(attribute.Name, attribute.Value, QuantitySource.Attribute, null, attribute.Location, context, claims);
        foreach (var variant in listing.Variants)
        {
            foreach (var option in variant.Options)
                FromNamed(option.Name, option.Value, QuantitySource.VariantOption, variant.Index, option.Location, context, claims);
            FromTitle(variant.Title, QuantitySource.VariantTitle, variant.Index, () => listing.At($"/variants/{variant.Index}/title"), context, claims);
        }
        return DataRoleResolver.Resolve(claims);
    }

    // The location is looked up only for a title that states a quantity (most variant titles state none).
    private static void FromTitle(string? title, QuantitySource source, int? variant, Func<Location> locate, Lazy<TitleContext> context, List<QuantityClaim> claims)
    {
        var parsed = QuantityParser.Parse(title);
        if (parsed.Count == 0)
            return;
        var location = locate();
        foreach (var quantity in parsed)
            claims.Add(new QuantityClaim(quantity.Quantity, QuantityRoles.FromTitle(title!, quantity, context.Value), source, null, variant, location));
    }

    private static void FromNamed(string name, string value, QuantitySource source, int? variant, Location location, Lazy<TitleContext> context, List<QuantityClaim> claims)
    {
        foreach (var parsed in QuantityParser.Parse(value, HintFor(name)))
            claims.Add(new QuantityClaim(parsed.Quantity, QuantityRoles.FromName(name, parsed, context.Value), source, name, variant, location));
    }

    private static readonly BoundedCache<string, Dimension?> Hints = new(HintOf);

    private static Dimension? HintFor(string name) => Hints[name];

    // Tells the parser what a bare "G" means under this name: "RAM: 8G" is gigabytes, "Weight: 500G" is grams.
    private static Dimension? HintOf(string name)
    {
        var words = TextNormalizer.Normalize(name).Split(' ');
        if (words.Contains("weight"))
            return Dimension.Mass;
        return words.Any(w => RoleWords.RamName.Contains(w) || w is "rom" or "storage" or "memory" or "capacity") ? Dimension.Data : null;
    }
}
