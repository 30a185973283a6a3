using System.Diagnostics;
using System.Text;
using ListingLint.Loading;
using ListingLint.Loading.Html;

// Loads a product page of about 100 KB (JSON-LD, microdata, OpenGraph, a spec table and filler markup) repeatedly and
// reports pages per second. Usage: dotnet run -c Release --project tests/ListingLint.Loading.Benchmark [-- seconds] [-- page.html]
var seconds = args.Length > 0 && double.TryParse(args[0], out var s) ? s : 5;
var bytes = args.Length > 1 ? File.ReadAllBytes(args[1]) : Encoding.UTF8.GetBytes(SyntheticPage(100 * 1024));
var directory = Path.GetTempPath();

for (var i = 0; i < 50; i++)
    HtmlPageLoader.Load(bytes, "bench.html", directory, directory, LoadOptions.Default);

// Wall-clock time is inflated on a busy machine; the process's CPU time per page is the steadier number.
var process = Process.GetCurrentProcess();
var cpuBefore = process.TotalProcessorTime;
var pages = 0;
var watch = Stopwatch.StartNew();
while (watch.Elapsed.TotalSeconds < seconds)
{
    var (listing, problem, _) = HtmlPageLoader.Load(bytes, "bench.html", directory, directory, LoadOptions.Default);
    if (listing is null)
        throw new InvalidOperationException(problem);
    pages++;
}
watch.Stop();
process.Refresh();
var cpu = process.TotalProcessorTime - cpuBefore;
Console.WriteLine($"page size: {bytes.Length / 1024.0:F1} KB");
Console.WriteLine($"pages: {pages} in {watch.Elapsed.TotalSeconds:F2} s (one thread)");
Console.WriteLine($"wall clock: {pages / watch.Elapsed.TotalSeconds:F0} pages/s, {watch.Elapsed.TotalMilliseconds / pages:F2} ms/page");
Console.WriteLine($"CPU time:   {pages / cpu.TotalSeconds:F0} pages/s, {cpu.TotalMilliseconds / pages:F2} ms/page");

static string SyntheticPage(int size)
{
    var page = new StringBuilder("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>4K Action Camera | Store</title>
        <meta property="og:type" content="product"><meta property="og:title" content="4K Action Camera">
        <meta property="product:price:amount" content="59.99"><meta property="product:price:currency" content="USD">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"ProductGroup","productGroupID":"CAM","name":"4K Action Camera",
        "brand":{"@type":"Brand","name":"Viewpro"},"variesBy":["https://schema.org/color"],"hasVariant":[
        {"@type":"Product","sku":"CAM-B","color":"Black","offers":{"@type":"Offer","price":"59.99","priceCurrency":"USD","availability":"https://schema.org/InStock"}},
        {"@type":"Product","sku":"CAM-S","color":"Silver","offers":{"@type":"Offer","price":"64.99","priceCurrency":"USD","availability":"https://schema.org/InStock"}}]}</script>
        </head><body><div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">4K Action Camera</h1>
        <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="priceCurrency" content="USD"><span itemprop="price">59.99</span></div>
        <table class="specs"><tr><th>Resolution</th><td>4K 30fps</td></tr><tr><th>Waterproof</th><td>30 m with case</td></tr></table></div>
        """);
    var i = 0;
    while (page.Length < size)
        page.Append($"<div class=\"review\" id=\"r{i}\"><p>Review {i++}: <b>great</b> camera, <a href=\"/u/{i}\">user</a> says the <em>battery</em> lasts long.</p><img src=\"/img/{i}.jpg\" alt=\"photo\"></div>\n");
    return page.Append("</body></html>").ToString();
}
