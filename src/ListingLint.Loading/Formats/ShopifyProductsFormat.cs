using ListingLint.Loading.Drafts;
using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Formats;

/// <summary>A Shopify storefront export: <c>products.json</c> (<c>{"products": [...]}</c>) or one product (<c>{"product": {...}}</c>).</summary>
public sealed class ShopifyProductsFormat : IDocumentFormat
{
    public string Name => "Shopify products.json";

    public bool Matches(JObject root) =>
        root["products"] is JArray products && (products.Count == 0 || ShopifyProductMapper.LooksLikeProduct(products[0]))
        || ShopifyProductMapper.LooksLikeProduct(root["product"])
        || ShopifyProductMapper.LooksLikeProduct(root) && root["handle"] is not null && root["vendor"] is not null;

    public IEnumerable<LoadResult> Map(JObject root, DocumentContext context)
    {
        var at = new JsonLocator(context.File);
        var products = root["products"] is JArray array ? array.ToArray() : [root["product"] ?? root];
        for (var i = 0; i < products.Length; i++)
        {
            var fallbackId = $"{Path.GetFileName(context.File)}#{i}";
            var location = at.At(products[i]);
            if (products[i] is not JObject product)
            {
                yield return LoadResult.Failed(fallbackId, location, "expected a product object in 'products'");
                continue;
            }
            yield return DocumentResults.Guard(() =>
            {
                var draft = new ListingDraft(context.File, "shopify");
                ShopifyProductMapper.Map(product, draft, at, SourceKinds.Document, integerCents: false);
                return DocumentResults.Build(draft, context, fallbackId, location, "the Shopify product has no title, price or variants");
            }, fallbackId, location);
        }
    }
}
