using ListingLint.Loading;
using ListingLint.Loading.Formats;
using ListingLint.Loading.Html;

namespace ListingLint.Cli;

/// <summary>The listing reader with every input format the CLI knows.</summary>
public static class InputFormats
{
    public static ListingReader CreateReader(LoadOptions options) => new(options,
        [new HtmlPageFormat(), new MerchantFeedFormat()],
        [new ShopifyProductsFormat(), new AliExpressDetailFormat(), new JsonLdDocumentFormat()]);
}
