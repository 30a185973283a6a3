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

    private static IEnumerable<PendingListing> Listings(int count, Action? onLoad = null)
    {
        var reader = new ListingReader();
        for (var i = 0; i < count; i++)
        {
            var json = $$"""{ "id": "L{{i}}", "title": "{{(i % 3 == 0 ? "Wholesale " : "")}}Socks {{i}}" }""";
            yield return new PendingListing("mem.json", () =>
            {
                onLoad?.Invoke();
                return reader.LoadText(json, "mem.json");
            });
        }
    }

    private static AuditEngine EngineObservedBy(Type observer) => AuditEngine.Create(
        new RuleCatalog(RuleCatalog.Discover([typeof(TST001WholesaleInTitle).Assembly]).Rules.Where(r => r.Name == "TST001"), [observer]),
        AuditConfiguration.Default);

    [Fact]
    public void ObserverThatTakesNothing_LetsTheInputBeReadOnce()
    {
        var loads = 0;
        var reports = new BatchAuditor(EngineObservedBy(typeof(TakesNothingObserver)), 2) { BatchSize = 64 }
            .Run(Listings(500, () => Interlocked.Increment(ref loads))).ToArray();
        Assert.Equal(500, loads);
        Assert.Equal(500, reports.Length);
        Assert.Equal(0, TakesNothingObserver.Completed);
        Assert.Equal(167, reports.Count(r => r.Diagnostics.Count == 1));
    }

    [Fact]
    public void ObserverThatTakesALaterListing_SeesTheWholeRestBeforeItIsAudited()
    {
        var loads = 0;
        var reports = new BatchAuditor(EngineObservedBy(typeof(TakesOneObserver)), 2) { BatchSize = 64 }
            .Run(Listings(500, () => Interlocked.Increment(ref loads))).ToArray();
        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"L{i}"), reports.Select(r => r.ListingId));
        Assert.Equal(Enumerable.Range(0, 500), reports.Select(r => r.Ordinal));
        Assert.Equal(167, reports.Count(r => r.Diagnostics.Count == 1));
        // L300 is in the chunk that starts at 256: the chunks before it were streamed, the rest is read twice.
        Assert.Equal(500 + (500 - 256), loads);
        Assert.All(Enumerable.Range(256, 244), i => Assert.Equal(500, TakesOneObserver.SeenWhenAudited[$"L{i}"]));
        // The batches before it were audited while streaming, before the observer had seen the whole input.
        Assert.True(Enumerable.Range(0, 256).Max(i => TakesOneObserver.SeenWhenAudited[$"L{i}"]) < 500);
    }

    [Fact]
    public void CallerThatStopsEarly_StopsTheAudit()
    {
        var loads = 0;
        var first = new BatchAuditor(Engine, 2) { BatchSize = 16 }.Run(Listings(100_000, () => Interlocked.Increment(ref loads))).Take(3).ToArray();
        Assert.Equal(3, first.Length);
        Assert.True(loads < 1000, $"{loads} listings loaded for 3 read");
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
    public async Task InputThatFailsWhileBeingRead_FailsTheRun_InsteadOfHanging()
    {
        static IEnumerable<PendingListing> BreaksAfter(IEnumerable<PendingListing> listings, int count)
        {
            foreach (var listing in listings.Take(count))
                yield return listing;
            throw new IOException("disk gone");
        }

        var run = Task.Run(() => new BatchAuditor(Engine, 2) { BatchSize = 16 }.Run(BreaksAfter(Listings(1000), 200)).ToArray());
        var error = await Assert.ThrowsAsync<IOException>(() => run.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal("disk gone", error.Message);
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

    [Fact]
    public void ObserverWhoseFactsNoRuleMatches_IsNotRun()
    {
        var engine = EngineObservedBy(typeof(UnmatchedFactsObserver));
        Assert.Empty(engine.BatchObservers);
        var loads = 0;
        new BatchAuditor(engine, 2).Run(Listings(100, () => Interlocked.Increment(ref loads))).ToArray();
        Assert.Equal(0, UnmatchedFactsObserver.Observed);
        Assert.Equal(100, loads);
    }
}
