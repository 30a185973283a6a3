using System.Globalization;
using ListingLint.Loading.Drafts;

namespace ListingLint.Loading.Html;

/// <summary>
/// Maps a schema.org product's offers (one <c>Offer</c>, an <c>AggregateOffer</c> range, or several offers) to its price and
/// availability, and its <c>hasVariant</c> products (or several offers with their own SKUs) to variants.
/// </summary>
internal static class SchemaOfferMapper
{
    public static void Map(SchemaNode product, ListingDraft draft)
    {
        var offers = Offers(product).ToArray();
        MapOffers(offers, product, draft);
        MapVariants(product, offers, draft);
    }

    private static IEnumerable<SchemaNode> Offers(SchemaNode product) =>
        product.Nodes("offers").SelectMany(o => o.Is("AggregateOffer") && o.Nodes("offers").Any() && o.Text("lowPrice") is null ? o.Nodes("offers") : [o]);

    private static void MapOffers(IReadOnlyList<SchemaNode> offers, SchemaNode product, ListingDraft draft)
    {
        var source = product.Source;
        if (offers.Count == 1 && offers[0].Is("AggregateOffer") && offers[0].Text("lowPrice") is { } low && Money.Parse(low.Text) is { } lowPrice)
        {
            draft.Set("lowPrice", lowPrice.ToString(CultureInfo.InvariantCulture), low.Location, source);
            draft.SetPrice(lowPrice, offers[0].Text("priceCurrency")?.Text, low.Location, source, offers[0].Text("priceCurrency")?.Location);
        }
        else
        {
            var priced = offers.Select(o => (Offer: o, Price: PriceOf(o))).Where(p => p.Price is not null).ToArray();
            if (priced.Length > 0)
            {
                var cheapest = priced.MinBy(p => Money.Parse(p.Price!.Text)!.Value);
                var amount = Money.Parse(cheapest.Price!.Text)!.Value;
                var currency = CurrencyOf(cheapest.Offer);
                if (priced.Length > 1 && priced.Any(p => Money.Parse(p.Price!.Text) != amount))
                    draft.Set("lowPrice", amount.ToString(CultureInfo.InvariantCulture), cheapest.Price.Location, source);
                else
                    draft.SetPrice(amount, currency?.Text, cheapest.Price.Location, source, currency?.Location);
            }
        }
        if (offers.Select(o => o.Text("availability")).FirstOrDefault(a => a is not null) is { } availability)
            draft.Set("availability", Model.Availability.Normalize(availability.Text), availability.Location, source);
        if (offers.Select(o => o.Text("itemCondition")).FirstOrDefault(a => a is not null) is { } condition)
            draft.Set("condition", SchemaNames.Type(condition.Text!), condition.Location, source);
    }

    private static SchemaValue? PriceOf(SchemaNode offer) =>
        new[] { offer.Text("price"), offer.Nodes("priceSpecification").Select(s => s.Text("price")).FirstOrDefault(p => p is not null), offer.Text("lowPrice") }
            .FirstOrDefault(p => p is not null && Money.Parse(p.Text) is not null);

    private static SchemaValue? CurrencyOf(SchemaNode offer) =>
        offer.Text("priceCurrency") ?? offer.Nodes("priceSpecification").Select(s => s.Text("priceCurrency")).FirstOrDefault(c => c is not null);

    private static void MapVariants(SchemaNode product, IReadOnlyList<SchemaNode> offers, ListingDraft draft)
    {
        var variesBy = product.All("variesBy").Select(v => SchemaNames.Property(v.Text ?? "")).Where(v => v.Length > 0).ToArray();
        var variants = product.Nodes("hasVariant").Select(v => Variant(v, variesBy)).ToList();
        // Several offers for one product, each with its own SKU or name, are the product's variants.
        if (variants.Count == 0 && offers.Count > 1 && offers.All(o => o.Text("sku") is not null || o.Text("name") is not null))
            variants = offers.Select(o => Variant(o, [])).ToList();
        draft.OffersVariants(variants);
        var priced = variants.Where(v => v.Price is not null).ToArray();
        if (offers.Count == 0 && priced.Length > 0)
        {
            var cheapest = priced.MinBy(v => v.Price!.Value)!;
            draft.SetPrice(cheapest.Price!.Value, cheapest.Currency?.Value, cheapest.Price.Location, product.Source, cheapest.Currency?.Location);
        }
    }

    private static VariantDraft Variant(SchemaNode node, IReadOnlyList<string> variesBy)
    {
        var offer = node.Nodes("offers").FirstOrDefault() ?? node;
        var variant = new VariantDraft(node.Location, node.Source)
        {
            Sku = SchemaProductMapper.Sourced(node.Text("sku") ?? offer.Text("sku")),
            Title = SchemaProductMapper.Sourced(node.Text("name")),
            Availability = offer.Text("availability") is { } a ? new Sourced<string>(Model.Availability.Normalize(a.Text), a.Location) : null,
            Currency = SchemaProductMapper.Sourced(CurrencyOf(offer)),
            Image = SchemaProductMapper.Sourced(node.Text("image")),
        };
        if (PriceOf(offer) is { } price)
            variant.Price = new Sourced<decimal>(Money.Parse(price.Text)!.Value, price.Location);
        foreach (var name in variesBy.Concat(["color", "size", "material", "pattern"]).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (node.Text(name) is { } value)
                variant.Option(SchemaProductMapper.Title(name), value.Text, value.Location);
        }
        foreach (var property in node.Nodes("additionalProperty"))
        {
            if (property.Text("name") is { } n && property.Text("value") is { } v)
                variant.Option(n.Text!, v.Text, v.Location);
        }
        return variant;
    }
}
