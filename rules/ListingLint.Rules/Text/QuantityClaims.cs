using System.Globalization;
using ListingLint.Model;
using ListingLint.Rules.Shared.Quantities;

namespace ListingLint.Rules.Text;

/// <summary>A count stated somewhere else in the listing that disagrees with the one count the title states.</summary>
public sealed record QuantityConflict(Quantity Title, string Where, string Stated, Location Location);

/// <summary>Compares the title's piece count ("set of 6", "10 pcs/lot") with quantity attributes, variants and the description.</summary>
public sealed class QuantityClaims(IReadOnlySet<string> quantityAttributeNames)
{
    public static readonly IReadOnlyList<string> DefaultAttributeNames =
    [
        "quantity", "qty", "pieces", "number of pieces", "piece count", "pcs", "package quantity", "pack size", "pack quantity",
        "quantity per pack", "number of packs", "pieces per pack", "count", "item count", "units",
    ];

    public List<QuantityConflict> Find(Listing listing)
    {
        var conflicts = new List<QuantityConflict>();
        var titleCounts = CountParser.Parse(listing.Title).DistinctBy(q => (q.Value, q.Dimension)).ToArray();
        // Titles that name several counts ("5pcs/7pcs", "1/3/5 pcs") offer a choice: nothing single to contradict.
        if (titleCounts.Length != 1)
            return conflicts;
        var title = titleCounts[0];

        foreach (var attribute in listing.Attributes)
        {
            if (!quantityAttributeNames.Contains(Shared.TextNormalizer.Normalize(attribute.Name)) || LeadingNumber(attribute.Value) is not { } n)
                continue;
            // "Quantity: 1" is one unit of what the title describes (one set of 6, one lot of 10), never a contradiction.
            if (n != 1 && n != (decimal)title.Value && title.Dimension == Dimension.Count)
                conflicts.Add(new QuantityConflict(title, $"attribute '{attribute.Name}'", attribute.Value, attribute.Location));
        }

        var variantCounts = listing.Variants
            .SelectMany(v => CountParser.Parse(Variants.VariantWords.TextOf(v))
                .Select(q => (Variant: v, Quantity: q)))
            .Where(x => x.Quantity.Dimension == title.Dimension)
            .ToArray();
        if (variantCounts.Length > 0 && variantCounts.All(x => x.Quantity.Value != title.Value))
        {
            var first = variantCounts[0];
            conflicts.Add(new QuantityConflict(title, $"variant {first.Variant.Index + 1}", first.Quantity.Text,
                listing.At($"/variants/{first.Variant.Index}")));
        }

        var described = CountParser.Parse(listing.Description).Where(q => q.Dimension == title.Dimension).DistinctBy(q => q.Value).ToArray();
        if (described.Length == 1 && described[0].Value != title.Value)
            conflicts.Add(new QuantityConflict(title, "description", described[0].Text, listing.At("/description")));
        return conflicts;
    }

    private static decimal? LeadingNumber(string value)
    {
        var trimmed = value.Trim();
        var end = 0;
        while (end < trimmed.Length && char.IsAsciiDigit(trimmed[end]))
            end++;
        if (end == 0 || (end < trimmed.Length && (trimmed[end] == '.' || trimmed[end] == ',' || trimmed[end] == '-' || trimmed[end] == '/')))
            return null;
        return decimal.Parse(trimmed[..end], CultureInfo.InvariantCulture);
    }
}
