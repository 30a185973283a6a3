using ListingLint.Model;

namespace ListingLint.Rules.Shared.Quantities;

/// <summary>Reads every quantity a listing claims, from its title, attributes, variant options and variant titles.</summary>
public static class QuantityClaimReader
{
    public static IReadOnlyList<QuantityClaim> Read(Listing listing)
    {
        var reading = new Reading(listing);
        reading.FromTitle(listing.Title, QuantitySource.Title, null);
        foreach (var attribute in listing.Attributes)
            reading.FromNamed(attribute.Name, attribute.Value, QuantitySource.Attribute, null, attribute.Location);
        foreach (var variant in listing.Variants)
        {
            for (var i = 0; i < variant.Options.Count; i++)
            {
                var option = variant.Options[i];
                reading.FromNamed(option.Name, option.Value, QuantitySource.VariantOption, variant.Index, option.Location);
            }
            reading.FromTitle(variant.Title, QuantitySource.VariantTitle, variant.Index);
        }
        return DataRoleResolver.Resolve(reading.Claims);
    }

    /// <summary>The claims of one listing as they are read; the title's context is read only once a value states a quantity (most state none).</summary>
    private sealed class Reading(Listing listing)
    {
        private TitleContext? _context;

        public List<QuantityClaim> Claims { get; } = [];

        private TitleContext Context => _context ??= TitleContext.Of(listing);

        // The location is looked up only for a title that states a quantity.
        public void FromTitle(string? title, QuantitySource source, int? variant)
        {
            var parsed = QuantityParser.Parse(title);
            if (parsed.Count == 0)
                return;
            var location = variant is { } index ? listing.At($"/variants/{index}/title") : listing.At("/title");
            foreach (var quantity in parsed)
                Claims.Add(new QuantityClaim(quantity.Quantity, QuantityRoles.FromTitle(title!, quantity, Context), source, null, variant, location));
        }

        // The name's hint is looked up only for a value that may hold a number ("Black" and "XL" hold none).
        public void FromNamed(string name, string value, QuantitySource source, int? variant, Location location)
        {
            if (!QuantityParser.MayHoldNumber(value))
                return;
            foreach (var parsed in QuantityParser.Parse(value, HintFor(name)))
                Claims.Add(new QuantityClaim(parsed.Quantity, QuantityRoles.FromName(name, parsed, Context), source, name, variant, location));
        }
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
