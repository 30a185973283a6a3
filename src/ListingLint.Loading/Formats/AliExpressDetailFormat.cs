using ListingLint.Loading.Drafts;
using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Formats;

/// <summary>AliExpress product detail data (an API response or a page's <c>runParams</c> saved as JSON).</summary>
public sealed class AliExpressDetailFormat : IDocumentFormat
{
    public string Name => "AliExpress product detail";

    public bool Matches(JObject root) => AliExpressProductMapper.Matches(root);

    public IEnumerable<LoadResult> Map(JObject root, DocumentContext context)
    {
        var at = new JsonLocator(context.File);
        var fallbackId = Path.GetFileNameWithoutExtension(context.File);
        yield return DocumentResults.Guard(() =>
        {
            var draft = new ListingDraft(context.File, "aliexpress");
            AliExpressProductMapper.Map(root, draft, at, SourceKinds.Document);
            return DocumentResults.Build(draft, context, fallbackId, at.At(root), "the AliExpress data has no title, price or SKUs");
        }, fallbackId, at.At(root));
    }
}
