using ListingLint.Diagnostics;
using ListingLint.Reporting.Formats;
using static ListingLint.Reporting.Tests.TestReports;

namespace ListingLint.Reporting.Tests.Formats;

public class MarkdownFormatTests
{
    private static string Render(IEnumerable<ListingReport> reports, int max = MarkdownFormat.DefaultMaxListings) =>
        TestReports.Render(w => new MarkdownFormat(w, max), reports);

    [Fact]
    public void Summary_GradesRulesAndListings_AreWellFormedTables()
    {
        var markdown = Render([
            Report(0, Listing("1005009100001", "Electric Kettle"), Finding(Placeholder, "1005009100001")),
            Report(1, Listing("1005009100003", "Sneakers"), Finding(Unauthorized, "1005009100003", "/title")),
            Report(2, Listing("1005009100004", "Yoga Block")),
        ]);

        Assert.StartsWith("## ListingLint report", markdown);
        Assert.Contains("**3** listings audited · **2** flagged · 1 error · 1 warning · 0 info", markdown);
        var tables = MarkdownTables.Parse(markdown);
        Assert.Equal(3, tables.Count);
        Assert.Equal(["Listings", "1", "1", "0", "1", "0"], tables[0][1]);
        Assert.Equal($"[LL3001]({Unauthorized.HelpUri})", tables[1][1][0]);
        Assert.Equal("1005009100003", tables[2][1][2]);
        Assert.Equal(3, tables[2].Count);
    }

    [Fact]
    public void HostileTitle_StaysInOneCell_AndRendersAsText()
    {
        var title = "Phone Case | Cover\nfor iPhone <script>alert(1)</script> *hot* [sale](http://x)";
        var markdown = Render([Report(0, Listing("a|b", title), Finding(Placeholder, "a|b", message: "value `x` | <b>bold</b>"))]);

        var rows = MarkdownTables.Parse(markdown)[^1];
        Assert.Equal(2, rows.Count);
        Assert.Equal(@"a\|b", rows[1][2]);
        Assert.Contains("&lt;script&gt;", rows[1][3]);
        Assert.DoesNotContain("<script>", markdown);
        Assert.DoesNotContain("<b>", markdown);
        Assert.DoesNotContain("[sale](http://x)", markdown);
        Assert.Contains(@"\[sale\](http://x)", markdown);
    }

    [Fact]
    public void FlaggedListings_AreCapped_WithACountOfTheRest()
    {
        var reports = Enumerable.Range(0, 12).Select(i => Report(i, Listing($"L{i}"), Finding(Placeholder, $"L{i}")));
        var markdown = Render(reports, max: 10);
        Assert.Equal(11, MarkdownTables.Parse(markdown)[^1].Count);
        Assert.Contains("… and 2 more flagged listings", markdown);
    }

    [Fact]
    public void CleanAudit_HasOnlyTheGradeTable()
    {
        var markdown = Render([Report(0, Listing("1"))]);
        Assert.Single(MarkdownTables.Parse(markdown));
        Assert.Contains("**0** flagged", markdown);
    }
}
