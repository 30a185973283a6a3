using System.Collections.Concurrent;
using ListingLint.Baselines;
using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model;

namespace ListingLint.Engine.Hosting;

/// <summary>
/// Loads and audits a stream of listings in parallel, in fixed-size batches, and yields reports in input order.
/// Memory is bounded by the batch size, not by the number of listings.
/// </summary>
/// <remarks>
/// Batch observers (<see cref="IBatchObserver"/>) must see every listing before any listing they have facts for is
/// audited. The input is streamed in one pass until an observer first takes something from a listing (a local
/// image, say); from that chunk on, the rest of the input is read twice: once to observe it, once to audit it.
/// Listings before that point gave the observers nothing, so no fact of theirs can depend on what comes later.
/// </remarks>
public sealed class BatchAuditor(AuditEngine engine, int jobs, Baseline? baseline = null)
{
    private readonly ParallelOptions _parallel = new() { MaxDegreeOfParallelism = Math.Max(1, jobs) };

    // Small enough that a batch's listings die young (gen0/gen1), large enough to keep both cores busy.
    public int BatchSize { get; init; } = 64;

    /// <summary>
    /// Audits <paramref name="pending"/>; from the first listing a batch observer takes, the rest is enumerated twice.
    /// Batches are audited on a background thread, one batch ahead of the caller, so that writing the report of one
    /// batch overlaps with auditing the next.
    /// </summary>
    public IEnumerable<ListingReport> Run(IEnumerable<PendingListing> pending)
    {
        using var ready = new BlockingCollection<List<ListingReport>>(boundedCapacity: 1);
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(() =>
        {
            try
            {
                foreach (var batch in Batches(pending))
                    ready.Add(batch, stop.Token);
            }
            finally
            {
                ready.CompleteAdding();
            }
        });
        try
        {
            foreach (var batch in ready.GetConsumingEnumerable())
            {
                foreach (var report in batch)
                    yield return report;
            }
            producer.GetAwaiter().GetResult();
        }
        finally
        {
            // The caller may stop early (or fail): let the producer finish its batch and end.
            stop.Cancel();
            try { producer.Wait(); }
            catch (AggregateException) when (stop.IsCancellationRequested) { }
        }
    }

    private IEnumerable<List<ListingReport>> Batches(IEnumerable<PendingListing> pending)
    {
        var observers = engine.BatchObservers;
        var ordinal = 0;
        var streamed = 0;
        foreach (var chunk in pending.Chunk(BatchSize))
        {
            var (loaded, taken) = Load(chunk, observers);
            if (taken)
            {
                Observe(pending.Skip(streamed + chunk.Length), observers);
                foreach (var observer in observers)
                    observer.Complete();
                foreach (var rest in pending.Skip(streamed).Chunk(BatchSize))
                    yield return AuditNext(Load(rest, []).Loaded);
                yield break;
            }
            yield return AuditNext(loaded);
            streamed += chunk.Length;
        }

        List<ListingReport> AuditNext(LoadedUnit[] units)
        {
            var reports = Audit(units, ordinal);
            ordinal += reports.Count;
            return reports;
        }
    }

    /// <summary>Loads a chunk in parallel, showing each listing to <paramref name="observers"/>; Taken when one took something.</summary>
    private (LoadedUnit[] Loaded, bool Taken) Load(PendingListing[] chunk, IReadOnlyList<IBatchObserver> observers)
    {
        var loaded = new LoadedUnit[chunk.Length];
        var taken = 0;
        Parallel.For(0, chunk.Length, _parallel, i =>
        {
            loaded[i] = LoadedUnit.From(chunk[i]);
            if (observers.Count > 0 && ObserveUnit(loaded[i], observers))
                Interlocked.Exchange(ref taken, 1);
        });
        return (loaded, taken == 1);
    }

    private void Observe(IEnumerable<PendingListing> pending, IReadOnlyList<IBatchObserver> observers) =>
        Parallel.ForEach(pending, _parallel, unit => ObserveUnit(LoadedUnit.From(unit), observers));

    private static bool ObserveUnit(LoadedUnit unit, IReadOnlyList<IBatchObserver> observers)
    {
        var taken = false;
        foreach (var result in unit.Results)
        {
            if (result.Listing is not { } listing)
                continue;
            foreach (var observer in observers)
                taken |= observer.Observe(listing);
        }
        return taken;
    }

    private List<ListingReport> Audit(LoadedUnit[] loaded, int firstOrdinal)
    {
        var audited = new IReadOnlyList<Diagnostic>[loaded.Length][];
        Parallel.For(0, loaded.Length, _parallel, i => audited[i] = loaded[i].Results.Select(AuditOne).ToArray());
        var reports = new List<ListingReport>(loaded.Length);
        for (var i = 0; i < loaded.Length; i++)
        {
            var results = loaded[i].Results;
            for (var j = 0; j < results.Count; j++)
            {
                var listing = results[j].Listing;
                var diagnostics = audited[i][j];
                var id = listing?.Id ?? diagnostics.FirstOrDefault()?.ListingId ?? "";
                reports.Add(new ListingReport(firstOrdinal + reports.Count, id, loaded[i].File, listing, ApplyBaseline(diagnostics)));
            }
        }
        return reports;
    }

    private IReadOnlyList<Diagnostic> AuditOne(LoadResult result) =>
        result.Listing is { } listing ? engine.Audit(listing) : [result.Error!];

    private IReadOnlyList<Diagnostic> ApplyBaseline(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (baseline is null || baseline.Count == 0)
            return diagnostics;
        var result = new Diagnostic[diagnostics.Count];
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var d = diagnostics[i];
            result[i] = !d.IsSuppressed && baseline.Contains(d) ? d with { Suppression = SuppressionKind.Baseline } : d;
        }
        return result;
    }

    /// <summary>The listings (or load errors) of one pending unit; a loader that throws becomes one error.</summary>
    private sealed record LoadedUnit(string File, IReadOnlyList<LoadResult> Results)
    {
        public static LoadedUnit From(PendingListing pending)
        {
            try
            {
                return new LoadedUnit(pending.File, pending.Load());
            }
            catch (Exception e)
            {
                var failure = LoadResult.Failed(Path.GetFileName(pending.File), new Location(pending.File, "", 0, 0), $"loader failed: {e.GetType().Name}: {e.Message}");
                return new LoadedUnit(pending.File, [failure]);
            }
        }
    }
}
