using ListingLint.Baselines;
using ListingLint.Configuration;
using ListingLint.Engine.Hosting;
using ListingLint.Engine.Tests.TestRules;
using ListingLint.Loading;
using ListingLint.Model;

namespace ListingLint.Engine.Tests;

public class BatchAuditorTests
{
    private static readonly AuditEngine Engine = AuditEngine.Create(
        new RuleCatalog(RuleCatalog.Discover([typeof(TST001WholesaleInTitle).Assembly]).Rules.Where(r => r.Name == "TST001"), []),
        AuditConfiguration.Default);

    private static IEnumerable<PendingListing> Listings(int count)
    {
        var reader = new ListingReader();
        for (var i = 0; i < count; i++)
        {
            var json = $$"""{ "id": "L{{i}}", "title": "{{(i % 3 == 0 ? "Wholesale " : "")}}Socks {{i}}" }""";
            yield return new PendingListing("mem.json", () => reader.LoadText(json, "mem.json"));
        }
    }

    [Fact]
    public void ReportsComeInInputOrder_WhateverTheParallelism()
    {
        var sequential = new BatchAuditor(Engine, 1) { BatchSize = 7 }.Run(Listings(500)).ToArray();
        var parallel = new BatchAuditor(Engine, 4) { BatchSize = 64 }.Run(Listings(500)).ToArray();
        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"L{i}"), parallel.Select(r => r.ListingId));
        Assert.Equal(Enumerable.Range(0, 500), parallel.Select(r => r.Ordinal));
        Assert.Equal(sequential.Select(r => string.Join("|", r.Diagnostics.Select(d => d.Message))), parallel.Select(r => string.Join("|", r.Diagnostics.Select(d => d.Message))));
        Assert.Equal(167, parallel.Count(r => r.Diagnostics.Count == 1));
    }

    [Fact]
    public void BaselinedFindings_AreMarked_AndNewOnesAreNot()
    {
        var first = new BatchAuditor(Engine, 2).Run(Listings(10)).SelectMany(r => r.Diagnostics).ToArray();
        var baseline = new Baseline(first.Take(2).Select(BaselineEntry.From));
        var second = new BatchAuditor(Engine, 2, baseline).Run(Listings(10)).SelectMany(r => r.Diagnostics).ToArray();
        Assert.Equal(2, second.Count(d => d.Suppression == Diagnostics.SuppressionKind.Baseline));
        Assert.Equal(first.Length - 2, second.Count(d => !d.IsSuppressed));
    }

    [Fact]
    public void LoaderThatThrows_BecomesLL0002_AndTheBatchGoesOn()
    {
        PendingListing broken = new("broken.json", () => throw new IOException("disk on fire"));
        var reports = new BatchAuditor(Engine, 2).Run([broken, .. Listings(3)]).ToArray();
        Assert.Equal("LL0002", Assert.Single(reports[0].Diagnostics).Id);
        Assert.Contains("disk on fire", reports[0].Diagnostics[0].Message);
        Assert.Equal(4, reports.Length);
    }
}
