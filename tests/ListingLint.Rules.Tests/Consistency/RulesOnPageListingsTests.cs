using ListingLint.Loading;
using ListingLint.Loading.Formats;
using ListingLint.Loading.Html;
using ListingLint.Loading.Inputs;
using ListingLint.Model;
using ListingLint.Rules.Attributes;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Consistency;

/// <summary>Rules of other packs see listings read from pages and exports exactly as they see canonical JSON.</summary>
public class RulesOnPageListingsTests
{
    private static readonly ListingReader Reader = new(LoadOptions.Default, [new HtmlPageFormat()], [new ShopifyProductsFormat()]);

    private static Listing Load(string name, string content)
    {
        var folder = Path.Combine(Path.GetTempPath(), "listinglint-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        var result = Reader.Read(new InputFile(name, path, folder)).SelectMany(p => p.Load()).Single();
        return result.Listing ?? throw new InvalidOperationException(result.Error!.Message);
    }

    [Fact]
    public void PlaceholderInPageSpecTable_FiresLL1001AtTheAttribute_WithThePageLine()
    {
        var listing = Load("dress.html", """
            <html><head><script type="application/ld+json">{"@type":"Product","name":"Floral Summer Dress","offers":{"price":"12.90","priceCurrency":"USD"}}</script></head>
            <body><table class="product-specs">
            <tr><th>Material</th><td>Polyester</td></tr>
            <tr><th>Color</th><td>as picture</td></tr>
            </table></body></html>
            """);
        var found = RuleTester.For<LL1001PlaceholderAttributeValue>().Run(listing).Where(d => d.Id == "LL1001").ToArray();
        var finding = Assert.Single(found);
        Assert.Equal(("/attributes/1", 4), (finding.Location.Pointer, finding.Location.Line));
    }

    [Fact]
    public void PlaceholderInShopifyVariantOption_FiresLL1001AtTheOption()
    {
        var listing = Load("products.json", """
            {"products":[{"id":1,"title":"Phone Case","handle":"case","vendor":"Acme","options":[{"name":"Color"}],
              "variants":[{"id":2,"title":"as picture","option1":"as picture","sku":"C1","price":"5.00"}]}]}
            """);
        var found = RuleTester.For<LL1001PlaceholderAttributeValue>().Run(listing).Where(d => d.Id == "LL1001").ToArray();
        Assert.Equal("/variants/0/options/Color", Assert.Single(found).Location.Pointer);
    }
}
