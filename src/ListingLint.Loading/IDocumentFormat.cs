using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading;

/// <summary>A JSON document shape other than the canonical model (a Shopify export, AliExpress product data, …), detected from its top-level object.</summary>
public interface IDocumentFormat
{
    string Name { get; }

    bool Matches(JObject root);

    IEnumerable<LoadResult> Map(JObject root, DocumentContext context);
}

/// <summary>Where a document came from, for mapping it with locations.</summary>
public sealed record DocumentContext(string File, string Directory, string Root, LoadOptions Options);
