using ListingLint.Diagnostics;
using ListingLint.Reporting.Formats;
using Newtonsoft.Json.Linq;
using static ListingLint.Reporting.Tests.TestReports;

namespace ListingLint.Reporting.Tests.Formats;

public class JsonFormatTests
{
    private static JObject Render(params ListingReport[] reports) => JObject.Parse(TestReports.Render(w => new JsonFormat(w), reports));

    [Fact]
    public void EachListing_HasGradeScoreAndDisputeRisk()
    {
        var json = Render(
            Report(0, Listing("1005009100001"), Finding(Placeholder, "1005009100001")),
            Report(1, Listing("1005009100002")),
            Unreadable(2, "feed.ndjson:3"));

        var listings = (JArray)json["listings"]!;
        Assert.Equal(3, listings.Count);
        Assert.Equal("1005009100001", (string?)listings[0]["listingId"]);
        Assert.Equal("listings.json", (string?)listings[0]["file"]);
        Assert.Equal("B", (string?)listings[0]["grade"]);
        Assert.Equal(90, (int)listings[0]["score"]!);
        Assert.Equal(24, (int)listings[0]["disputeRisk"]!);
        Assert.Equal("medium", (string?)listings[0]["riskLevel"]);
        Assert.Equal("A", (string?)listings[1]["grade"]);
        Assert.Equal("E", (string?)listings[2]["grade"]);
        Assert.Equal(1, (int)json["summary"]!["grades"]!["A"]!);
        Assert.Equal(1, (int)json["summary"]!["grades"]!["B"]!);
        Assert.Equal(1, (int)json["summary"]!["grades"]!["E"]!);
    }

    [Fact]
    public void ManyListings_AreGradedInInputOrder_AndTheirEntriesAreNotKeptInMemory()
    {
        // The entries go through a temporary file; 20,000 of them come back complete and in order.
        var reports = Enumerable.Range(0, 20_000).Select(i => i % 7 == 0
            ? Report(i, Listing($"L{i}"), Finding(Placeholder, $"L{i}"))
            : Report(i, Listing($"L{i}"))).ToArray();
        var listings = (JArray)Render(reports)["listings"]!;
        Assert.Equal(reports.Select(r => r.ListingId), listings.Select(l => (string)l["listingId"]!));
        Assert.Equal(2858, listings.Count(l => (string?)l["grade"] == "B"));
    }

    [Fact]
    public void ExistingFields_StayAsTheyWere()
    {
        var json = Render(Report(0, Listing("1"), Finding(Placeholder, "1", suppression: SuppressionKind.InSource, justification: "real value")));
        Assert.Equal(["tool", "diagnostics", "listings", "summary"], json.Properties().Select(p => p.Name));
        var d = json["diagnostics"]![0]!;
        Assert.Equal("LL1001", (string?)d["ruleId"]);
        Assert.Equal("warning", (string?)d["severity"]);
        Assert.Equal("1", (string?)d["listingId"]);
        Assert.Equal("/attributes/Color", (string?)d["location"]!["pointer"]);
        Assert.Equal("inSource", (string?)d["suppression"]!["kind"]);
        Assert.Equal("NotAsDescribed", (string?)d["prevents"]);
        var summary = (JObject)json["summary"]!;
        Assert.Equal(["listings", "flagged", "unreadable", "errors", "warnings", "infos", "suppressed", "baselined", "grades"], summary.Properties().Select(p => p.Name));
        Assert.Equal(1, (int)summary["suppressed"]!);
    }
}
