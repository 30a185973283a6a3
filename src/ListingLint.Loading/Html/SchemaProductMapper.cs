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
        SchemaOfferMapper.Map(product, draft);
    }

    private static void Images(SchemaNode node, ListingDraft draft)
    {
        foreach (var image in node.All("image"))
        {
            var src = image.Node is { } obj ? obj.Text("contentUrl") ?? obj.Text("contentURL") ?? obj.Text("url") : image;
            draft.AddImage(src?.Text, image.Node?.Text("caption")?.Text, src?.Location ?? image.Location, node.Source);
        }
    }

    private static void Set(ListingDraft draft, string field, SchemaValue? value, string source)
    {
        if (value is not null)
            draft.Set(field, value.Text, value.Location, source);
    }

    internal static Sourced<string>? Sourced(SchemaValue? value) =>
        value?.Text is { Length: > 0 } text ? new Sourced<string>(text.Trim(), value.Location) : null;

    private static string Short(string text) => text.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? SchemaNames.Type(text) : text;

    internal static string Title(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
