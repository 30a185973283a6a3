using ListingLint.Reporting.Html;
using System.Text.RegularExpressions;
using ListingLint.Diagnostics;
using SixLabors.ImageSharp;
using static ListingLint.Reporting.Tests.TestReports;

namespace ListingLint.Reporting.Tests.Formats;

public class HtmlFormatTests
{
    private static ListingReport[] Batch() =>
    [
        Report(0, Listing("1005009100001", "Electric Kettle 1.7L Stainless Steel"), Finding(Placeholder, "1005009100001")),
        Report(1, Listing("1005009100002", "Merino Wool Scarf"), Finding(Placeholder, "1005009100002", suppression: SuppressionKind.InSource, justification: "Free Size is the real size")),
        Report(2, Listing("1005009100003", "Nike Air Max Style Sneakers"), Finding(Unauthorized, "1005009100003", "/title"), Finding(Placeholder, "1005009100003", suppression: SuppressionKind.Baseline)),
        Report(3, Listing("1005009100004", "Yoga Block EVA Foam")),
        Unreadable(4, "feed.ndjson:5"),
    ];

    [Fact]
    public void IsOneHtmlDocument_WithSummaryFiltersAndData()
    {
        var report = HtmlReport.Render(Batch());
        Assert.StartsWith("<!DOCTYPE html>", report.Html);
        Assert.Single(Regex.Matches(report.Html, "<html[ >]"));
        Assert.EndsWith("</html>", report.Html.TrimEnd());
        Assert.Contains("<span class=\"n\">5</span><span class=\"l\">listings audited</span>", report.Html);
        Assert.Contains("<span class=\"n\">3</span><span class=\"l\">flagged</span>", report.Html);
        Assert.Contains("<span class=\"n\">1</span><span class=\"l\">suppressed</span>", report.Html);
        Assert.Contains("<span class=\"n\">1</span><span class=\"l\">baselined</span>", report.Html);
        foreach (var id in new[] { "f-q", "f-view", "f-rule", "f-cat", "f-sort", "cards", "status" })
            Assert.Contains($"id=\"{id}\"", report.Html);
        Assert.Equal(5, report.Listings.Count);
        Assert.Equal(2, Regex.Matches(report.Html, "<script[ >]").Count);
        Assert.Equal(2, Regex.Matches(report.Html, "</script>").Count);
    }

    [Fact]
    public void Listings_AreWorstFirst_WithGradeAndRisk()
    {
        var report = HtmlReport.Render(Batch());
        var scores = report.Listings.Select(l => (int)l["score"]!).ToArray();
        Assert.Equal(scores.OrderBy(s => s), scores);
        Assert.Equal("feed.ndjson:5", (string?)report.Listings[0]["id"]);
        var sneakers = report.Listing("1005009100003");
        Assert.Equal("D", (string?)sneakers["grade"]);
        Assert.Equal(70, (int)sneakers["risk"]!);
        Assert.Equal("high", (string?)sneakers["level"]);
        Assert.Equal("A", (string?)report.Listing("1005009100004")["grade"]);
    }

    [Fact]
    public void SummaryTables_CountOpenFindingsByRuleAndDisputeKind()
    {
        var markup = HtmlReport.Render(Batch()).Markup;
        Assert.Matches("data-rule=\"LL1001\"[^<]*>LL1001</button></td><td>Attribute value is a placeholder</td><td>Attributes</td><td>Not as described</td><td class=\"num\">1</td>", markup);
        Assert.Matches("<td>Intellectual property</td><td class=\"num\">1.0</td><td class=\"num\">1</td><td class=\"num\">1</td>", markup);
        Assert.Contains("data-grade=\"E\"", markup);
        Assert.Contains("data-q=\"1005009100003\"", markup);
    }

    [Fact]
    public void SuppressedAndBaselinedFindings_KeepTheirKindAndJustification()
    {
        var report = HtmlReport.Render(Batch());
        var suppressed = report.Listing("1005009100002")["findings"]![0]!;
        Assert.Equal(1, (int)suppressed["sup"]!);
        Assert.Equal("Free Size is the real size", (string?)suppressed["just"]);
        var baselined = report.Listing("1005009100003")["findings"]!.Single(f => (string?)f["rule"] == "LL1001");
        Assert.Equal(2, (int)baselined["sup"]!);
    }

    [Fact]
    public void Findings_CarryEvidenceLocationAndHelpLink()
    {
        var report = HtmlReport.Render(Batch());
        var finding = report.Listing("1005009100001")["findings"]![0]!;
        Assert.Equal("/attributes/Color", (string?)finding["ptr"]);
        Assert.Equal(7, (int)finding["line"]!);
        Assert.Equal(["name", "Color"], finding["ev"]![0]!.Take(2).Select(t => (string)t!));
        Assert.Equal(Placeholder.HelpUri, (string?)report.Data["rules"]!["LL1001"]!["help"]);
    }

    [Fact]
    public void HostileListingText_CannotBreakOutOfTheDataOrTheMarkup()
    {
        const string hostile = "</script><script>window.pwned=1</script><img src=x onerror=alert(1)> & \"quotes\" 'single' <!--";
        var listing = Listing("evil<marquee>", hostile);
        var report = HtmlReport.Render([Report(0, listing, Finding(Placeholder, "evil<marquee>", message: hostile, evidence: Evidence.Of(("value", hostile))))]);

        Assert.DoesNotContain("<script>window", report.Html);
        Assert.DoesNotContain("<img src=x", report.Html);
        Assert.DoesNotContain("<!--", report.Html);
        Assert.DoesNotContain("<marquee>", report.Html);
        Assert.DoesNotContain("<", report.DataText);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;window.pwned=1", report.Markup);
        Assert.Equal(hostile, (string?)report.Listing("evil<marquee>")["title"]);
        Assert.Equal(hostile, (string?)report.Listing("evil<marquee>")["findings"]![0]!["msg"]);
        Assert.Equal(2, Regex.Matches(report.Html, "</script>").Count);
    }

    [Fact]
    public void HelpLinks_OtherThanHttp_AreDropped()
    {
        var custom = new DiagnosticDescriptor("ACME001", "Wholesale wording", "{0}", "Text", Severity.Warning, DisputeKind.ListingPolicy, helpUri: "javascript:alert(1)");
        var report = HtmlReport.Render([Report(0, Listing("1"), Finding(custom, "1", "/title"))]);
        Assert.Null((string?)report.Data["rules"]!["ACME001"]!["help"]);
        Assert.DoesNotContain("javascript:", report.Html);
    }

    [Fact]
    public void LoadsNothingFromTheNetwork_OnlyRuleDocsAreLinked()
    {
        var report = HtmlReport.Render(Batch());
        var helpLinks = Run().Rules.Select(r => r.HelpUri).OfType<string>().ToHashSet();
        foreach (var url in HtmlReport.Urls(report.Html))
            Assert.Contains(url, helpLinks);
        Assert.Contains("default-src 'none'; img-src data:;", report.Html);
        Assert.DoesNotMatch("<link|@import|url\\(|\\bsrc=\"(?!data:)|fetch\\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|\\.load\\(", report.Markup);
    }

    [Fact]
    public void MainImage_IsEmbeddedAsThumbnail_AtMost160Pixels()
    {
        using var folder = new TempFolder();
        var main = folder.Png("kettle-main.png", 640, 480);
        var listing = Listing("1", images: [Image(0, "kettle-main.png", main, role: "main")]);
        var report = HtmlReport.Render([Report(0, listing, Finding(Placeholder, "1"))], folder.Path);

        var uri = report.Image(report.Listing("1")["thumb"]!);
        Assert.NotNull(uri);
        Assert.StartsWith("data:image/png;base64,", uri);
        using var thumb = SixLabors.ImageSharp.Image.Load(Convert.FromBase64String(uri!["data:image/png;base64,".Length..]));
        Assert.Equal(160, thumb.Width);
        Assert.Equal(120, thumb.Height);
    }

    [Fact]
    public void ImageFinding_ShowsTheImageItsPointerNames()
    {
        using var folder = new TempFolder();
        var main = folder.Png("main.png", 200, 200);
        var side = folder.Jpeg("side.jpg", 300, 300);
        var listing = Listing("1", images: [Image(0, "main.png", main), Image(1, "side.jpg", side)]);
        var edited = Finding(EditedPhoto, "1", "/images/1", evidence: Evidence.Of(("software", "Adobe Photoshop 25.0 (Windows)"), ("source", "EXIF Software")));
        var report = HtmlReport.Render([Report(0, listing, edited)], folder.Path);

        var l = report.Listing("1");
        var findingImage = (int)l["findings"]![0]!["img"]!;
        Assert.NotEqual((int)l["thumb"]!, findingImage);
        Assert.StartsWith("data:image/jpeg;base64,", report.Image(findingImage));
        Assert.Equal("Adobe Photoshop 25.0 (Windows)", (string?)l["findings"]![0]!["ev"]![0]![1]);
    }

    [Fact]
    public void EvidenceNamingAnImageFile_GetsItsThumbnail_ButNotOutsideTheFolders()
    {
        using var folder = new TempFolder();
        folder.Png("work/reference/competitor-12.png", 100, 100);
        folder.Png("outside.png", 100, 100);
        var work = Path.Combine(folder.Path, "work");
        var copied = Finding(CopiedPhoto, "1", "/images/0", evidence: Evidence.Of(("matched", "reference/competitor-12.png"), ("distance", 3), ("escape", "../outside.png")));
        var report = HtmlReport.Render([Report(0, Listing("1", file: Path.Combine(work, "listings.json")), copied)], work);

        var evidence = report.Listing("1")["findings"]![0]!["ev"]!;
        Assert.StartsWith("data:image/png;base64,", report.Image(evidence[0]![2]!));
        Assert.Equal(-1, (int)evidence[1]![2]!);
        Assert.Equal(-1, (int)evidence[2]![2]!);
    }

    [Fact]
    public void RemoteOversizedAndBrokenImages_AreNotEmbedded()
    {
        using var folder = new TempFolder();
        var big = folder.Png("big.png", 100, 100);
        var broken = folder.Text("broken.jpg", "not an image");
        var listings = new[]
        {
            Report(0, Listing("remote", images: [Image(0, "https://ae01.alicdn.com/kf/x.jpg", null)])),
            Report(1, Listing("big", images: [Image(0, "big.png", big)])),
            Report(2, Listing("broken", images: [Image(0, "broken.jpg", broken)])),
        };
        var report = HtmlReport.Render(listings, folder.Path, new Thumbnails(maxPixels: 5_000));

        Assert.All(report.Listings, l => Assert.Equal(-1, (int)l["thumb"]!));
        Assert.Empty(report.Data["images"]!);
        Assert.DoesNotContain("alicdn", report.Html);
    }

    [Fact]
    public void ConfiguredImageLimit_ReachesTheThumbnails()
    {
        using var folder = new TempFolder();
        var big = folder.Png("big.png", 100, 100);
        var reports = new[] { Report(0, Listing("big", images: [Image(0, "big.png", big)])) };
        var limited = HtmlReport.Parsed(TestReports.Render(w => ReportFormats.Create("html", w, color: false, maxImagePixels: 5_000), reports, folder.Path));
        var unlimited = HtmlReport.Parsed(TestReports.Render(w => ReportFormats.Create("html", w, color: false), reports, folder.Path));
        Assert.Equal(-1, (int)limited.Listings[0]["thumb"]!);
        Assert.Equal(0, (int)unlimited.Listings[0]["thumb"]!);
    }

    [Fact]
    public void SameImageFile_IsEmbeddedOnce()
    {
        using var folder = new TempFolder();
        var shared = folder.Png("shared.png", 50, 50);
        var listings = Enumerable.Range(0, 20).Select(i => Report(i, Listing($"L{i}", images: [Image(0, "shared.png", shared)]))).ToArray();
        var report = HtmlReport.Render(listings, folder.Path);
        Assert.Single(report.Data["images"]!);
        Assert.All(report.Listings, l => Assert.Equal(0, (int)l["thumb"]!));
    }
}
