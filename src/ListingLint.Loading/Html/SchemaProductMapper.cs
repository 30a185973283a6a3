using System.Globalization;
using ListingLint.Loading.Drafts;
using ListingLint.Model;

namespace ListingLint.Loading.Html;

/// <summary>
/// Maps a schema.org <c>Product</c> or <c>ProductGroup</c> (from JSON-LD, microdata or RDFa) into a listing draft: name, brand,
/// offers (<c>Offer</c>, <c>AggregateOffer</c>, several offers), variants (<c>hasVariant</c> with <c>variesBy</c>), images,
/// <c>additionalProperty</c> and the common product properties as attributes.
/// </summary>
internal static class SchemaProductMapper
{
    private static readonly string[] ProductTypes =
        ["Product", "ProductGroup", "ProductModel", "IndividualProduct", "SomeProducts", "Vehicle", "Car", "Motorcycle", "Book", "Drug"];

    private static readonly string[] AttributeProperties =
        ["color", "size", "material", "pattern", "model", "mpn", "gtin", "gtin8", "gtin12", "gtin13", "gtin14", "weight", "width", "height", "depth", "itemCondition", "audience"];

    /// <summary>The product a page is about: a top-level ProductGroup first, else the first top-level product.</summary>
    public static SchemaNode? MainProduct(IEnumerable<SchemaNode> nodes)
    {
        var candidates = nodes.SelectMany(Candidates).Where(n => n.Is(ProductTypes)).ToArray();
        return candidates.FirstOrDefault(n => n.Is("ProductGroup") && !n.IsNested)
               ?? candidates.FirstOrDefault(n => !n.IsNested)
               ?? candidates.FirstOrDefault();
    }

    /// <summary>True when the page's markup lists several products (a category or search page) rather than describing one.</summary>
    public static bool IsProductList(IEnumerable<SchemaNode> nodes) =>
        nodes.Any(n => n.Is("ItemList", "OfferCatalog") && n.Nodes("itemListElement").Any(e => e.Is(ProductTypes) || e.Nodes("item").Any(i => i.Is(ProductTypes))));

    // A WebPage's mainEntity, or the itemOffered of an Offer (also one a seller makesOffer), can hold the product.
    private static IEnumerable<SchemaNode> Candidates(SchemaNode node)
    {
        yield return node;
        foreach (var inner in node.Nodes("mainEntity"))
        {
            inner.IsNested = false;
            yield return inner;
        }
        foreach (var offer in node.Nodes("makesOffer").Concat(node.Is("Offer") ? [node] : []))
        {
            foreach (var inner in offer.Nodes("itemOffered"))
            {
                inner.IsNested = false;
                if (!inner.Nodes("offers").Any())
                    inner.Add("offers", new SchemaValue(null, offer, offer.Location));
                yield return inner;
            }
        }
    }

    public static void Map(SchemaNode product, ListingDraft draft)
    {
        var source = product.Source;
        if (product.Text("productGroupID") is { } group)
            draft.Set("id", group.Text, group.Location, source);
        if (product.Text("sku") is { } sku)
            draft.Set("id", sku.Text, sku.Location, source);
        Set(draft, "title", product.Text("name"), source);
        Set(draft, "description", product.Text("description"), source);
        Set(draft, "brand", product.Text("brand") ?? product.Text("manufacturer"), source);
        Set(draft, "url", product.Text("url"), source);
        if (product.Text("category") is { } category)
            draft.SetCategory(category.Text!.Split(['>', '<', '/', '|'], StringSplitOptions.RemoveEmptyEntries), category.Location, source);
        foreach (var name in AttributeProperties)
        {
            foreach (var value in product.All(name).Where(v => v.Text is not null))
                draft.AddAttribute(Title(name), Short(value.Text!), value.Location, source);
        }
        foreach (var property in product.Nodes("additionalProperty"))
        {
            if (property.Text("name") is { } name && property.Text("value") is { } value)
                draft.AddAttribute(name.Text!, value.Text, value.Location, source);
        }
        Images(product, draft);
        var offers = Offers(product).ToArray();
        MapOffers(offers, product, draft);
        MapVariants(product, offers, draft);
    }

    private static void Images(SchemaNode node, ListingDraft draft)
    {
        foreach (var image in node.All("image"))
        {
            var src = image.Node is { } obj ? obj.Text("contentUrl") ?? obj.Text("contentURL") ?? obj.Text("url") : image;
            draft.AddImage(src?.Text, image.Node?.Text("caption")?.Text, src?.Location ?? image.Location, node.Source);
        }
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
            Sku = Sourced(node.Text("sku") ?? offer.Text("sku")),
            Title = Sourced(node.Text("name")),
            Availability = offer.Text("availability") is { } a ? new Sourced<string>(Model.Availability.Normalize(a.Text), a.Location) : null,
            Currency = Sourced(CurrencyOf(offer)),
            Image = Sourced(node.Text("image")),
        };
        if (PriceOf(offer) is { } price)
            variant.Price = new Sourced<decimal>(Money.Parse(price.Text)!.Value, price.Location);
        foreach (var name in variesBy.Concat(["color", "size", "material", "pattern"]).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (node.Text(name) is { } value)
                variant.Option(Title(name), value.Text, value.Location);
        }
        foreach (var property in node.Nodes("additionalProperty"))
        {
            if (property.Text("name") is { } n && property.Text("value") is { } v)
                variant.Option(n.Text!, v.Text, v.Location);
        }
        return variant;
    }

    private static void Set(ListingDraft draft, string field, SchemaValue? value, string source)
    {
        if (value is not null)
            draft.Set(field, value.Text, value.Location, source);
    }

    private static Sourced<string>? Sourced(SchemaValue? value) =>
        value?.Text is { Length: > 0 } text ? new Sourced<string>(text.Trim(), value.Location) : null;

    private static string Short(string text) => text.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? SchemaNames.Type(text) : text;

    private static string Title(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
