using ListingLint.Loading.Canonical;
using ListingLint.Loading.Drafts;
using ListingLint.Model;

namespace ListingLint.Loading.Formats;

/// <summary>Turns a filled draft into a load result; a draft without product data, or a mapping that throws, is LL0002.</summary>
internal static class DocumentResults
{
    public static LoadResult Build(ListingDraft draft, DocumentContext context, string fallbackId, Location at, string emptyProblem)
    {
        if (!draft.HasProductData)
            return LoadResult.Failed(fallbackId, at, emptyProblem);
        return LoadResult.Loaded(draft.Build(fallbackId, new ImagePathResolver(context.Directory, context.Root)));
    }

    public static LoadResult Guard(Func<LoadResult> map, string fallbackId, Location at)
    {
        try
        {
            return map();
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException or ArgumentException or Newtonsoft.Json.JsonException)
        {
            return LoadResult.Failed(fallbackId, at, "cannot map the product: " + e.Message);
        }
    }
}
