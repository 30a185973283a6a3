using ListingLint.Loading.Drafts;
using ListingLint.Loading.Html;
using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Formats;

/// <summary>A schema.org JSON-LD document (a <c>Product</c>, a <c>ProductGroup</c>, or an <c>@graph</c> holding one).</summary>
public sealed class JsonLdDocumentFormat : IDocumentFormat
{
    public string Name => "schema.org JSON-LD";

    public bool Matches(JObject root) =>
        root.ContainsKey("@graph") || root["@context"]?.ToString().Contains("schema.org", StringComparison.OrdinalIgnoreCase) == true
        || root["@type"] is JValue type && SchemaNames.Type(type.ToString()) is "Product" or "ProductGroup";

    public IEnumerable<LoadResult> Map(JObject root, DocumentContext context)
    {
        var at = new JsonLocator(context.File);
        var fallbackId = Path.GetFileNameWithoutExtension(context.File);
        yield return DocumentResults.Guard(() =>
        {
            var draft = new ListingDraft(context.File, "jsonld");
            var nodes = JsonLdReader.FromDocument(root, context.File);
            if (SchemaProductMapper.MainProduct(nodes) is { } product)
                SchemaProductMapper.Map(product, draft);
            return DocumentResults.Build(draft, context, fallbackId, at.At(root), "the JSON-LD document holds no schema.org Product or ProductGroup");
        }, fallbackId, at.At(root));
    }
}
