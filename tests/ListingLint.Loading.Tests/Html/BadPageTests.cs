using System.Text;
using ListingLint.Loading.Html;

namespace ListingLint.Loading.Tests.Html;

public class BadPageTests
{
    [Fact]
    public void PageWithoutProductMarkup_IsLL0002SayingSo()
    {
        var result = Assert.Single(FormatFixtures.Load("html/not-a-product.html"));
        Assert.Equal("LL0002", result.Error!.Id);
        Assert.Contains("no product markup", result.Error.Message);
    }

    [Fact]
    public void NoCharsetAndNotUtf8_IsReadAsWindows1252_WithANote()
    {
        var listing = FormatFixtures.Single("html/latin1-no-charset.html");
        Assert.Equal("Café crème mug", listing.Title);
        Assert.Contains(listing.Notes, n => n.Message.Contains("windows-1252"));
    }

    [Fact]
    public void DeclaredCharset_IsUsed()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><head><meta charset=\"iso-8859-1\"><meta property=\"og:type\" content=\"product\"><meta property=\"og:title\" content=\"Stéréo\"></head></html>");
        var (listing, problem, _) = HtmlPageLoader.Load(bytes, "p.html", "/tmp", "/tmp", LoadOptions.Default);
        Assert.Null(problem);
        Assert.Equal("Stéréo", listing!.Title);
        Assert.Empty(listing.Notes);
    }

    [Fact]
    public void ScriptsAreNotRun()
    {
        const string html = """
            <html><head><script>document.write('<meta property="og:type" content="product"><meta property="og:title" content="Injected">');</script></head><body></body></html>
            """;
        var (listing, problem, _) = HtmlPageLoader.Load(Encoding.UTF8.GetBytes(html), "p.html", "/tmp", "/tmp", LoadOptions.Default);
        Assert.Null(listing);
        Assert.Contains("no product markup", problem);
    }

    [Fact]
    public void TenMegabytePage_Loads()
    {
        var filler = new StringBuilder();
        while (filler.Length < 10 * 1024 * 1024)
            filler.Append("<div class=\"row\"><p>Filler paragraph with <b>markup</b> and text.</p></div>\n");
        const string head = """
            <html><head><script type="application/ld+json">{"@type":"Product","name":"Big page product","offers":{"price":"5.00","priceCurrency":"USD"}}</script></head>
            """;
        var html = head + "<body>" + filler + "</body></html>";
        var (listing, problem, _) = HtmlPageLoader.Load(Encoding.UTF8.GetBytes(html), "big.html", "/tmp", "/tmp", LoadOptions.Default);
        Assert.Null(problem);
        Assert.Equal("Big page product", listing!.Title);
    }

    [Fact]
    public void PageLargerThanTheLimit_IsRefused()
    {
        var (listing, problem, _) = HtmlPageLoader.Load(new byte[2048], "p.html", "/tmp", "/tmp", LoadOptions.Default with { MaxPageBytes = 1024 });
        Assert.Null(listing);
        Assert.Contains("larger than the limit", problem);
    }

    [Fact]
    public void ListOfProducts_IsNotAProductPage()
    {
        const string html = """
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","itemListElement":[{"@type":"Product","name":"A"},{"@type":"Product","name":"B"}]}</script></head></html>
            """;
        var (_, problem, _) = HtmlPageLoader.Load(Encoding.UTF8.GetBytes(html), "list.html", "/tmp", "/tmp", LoadOptions.Default);
        Assert.Contains("not a product page", problem);
    }
}
