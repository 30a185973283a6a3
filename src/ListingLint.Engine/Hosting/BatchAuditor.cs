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
/// image, say); from that batch on, the rest of the input is read twice: once to observe it, once to audit it.
/// Listings before that point gave the observers nothing, so no fact of theirs can depend on what comes later.
/// </remarks>
public sealed class BatchAuditor(AuditEngine engine, int jobs, Baseline? baseline = null)
{
    private readonly int _workers = Math.Max(1, jobs);

    // Small enough that a batch's listings die young (gen0/gen1), large enough to keep both cores busy.
    public int BatchSize { get; init; } = 64;

    // Batches computed ahead of the caller: enough that no worker waits while the caller writes a report.
    private int Window => 2 * _workers;

    /// <summary>
    /// Audits <paramref name="pending"/>; from the first listing a batch observer takes, the rest is enumerated twice.
    /// Each worker thread loads and audits a whole batch, so a listing is audited on the thread that parsed it.
    /// </summary>
    public IEnumerable<ListingReport> Run(IEnumerable<PendingListing> pending)
    {
        var observers = engine.BatchObservers;
        var ordinal = 0;
        var streamed = 0;
        var handedOut = 0;
        var batches = OrderedParallel.Map(Counted(pending.Chunk(BatchSize), () => handedOut++), chunk => Stream(chunk, observers), _workers, Window)
            .GetEnumerator();
        try
        {
            while (batches.MoveNext())
            {
                if (batches.Current is not { } batch)
                    break;
                foreach (var report in batch)
                    yield return report with { Ordinal = ordinal++ };
                streamed += BatchSize;
            }
        }
        finally
        {
            // Stops the workers; each finishes (and so observes) the batch it took.
            batches.Dispose();
        }
        if (streamed < handedOut * BatchSize)
        {
            // An observer took something from batch streamed / BatchSize: every batch handed out was observed,
            // observe the rest, then audit again from that batch on.
            Observe(pending.Skip(handedOut * BatchSize), observers);
            foreach (var observer in observers)
                observer.Complete();
            foreach (var audited in OrderedParallel.Map(pending.Skip(streamed).Chunk(BatchSize), chunk => Audit(Load(chunk)), _workers, Window))
            {
                foreach (var report in audited)
                    yield return report with { Ordinal = ordinal++ };
            }
        }
    }

    private static IEnumerable<T> Counted<T>(IEnumerable<T> items, Action onTake)
    {
        foreach (var item in items)
        {
            onTake();
            yield return item;
        }
    }

    /// <summary>Loads and audits a batch, showing each listing to <paramref name="observers"/>; null when one took something.</summary>
    private List<ListingReport>? Stream(PendingListing[] chunk, IReadOnlyList<IBatchObserver> observers)
    {
        var loaded = Load(chunk);
        var taken = false;
        if (observers.Count > 0)
        {
            foreach (var unit in loaded)
                taken |= ObserveUnit(unit, observers);
        }
        return taken ? null : Audit(loaded);
    }

    private static LoadedUnit[] Load(PendingListing[] chunk)
    {
        var loaded = new LoadedUnit[chunk.Length];
        for (var i = 0; i < chunk.Length; i++)
            loaded[i] = LoadedUnit.From(chunk[i]);
        return loaded;
    }

    private void Observe(IEnumerable<PendingListing> pending, IReadOnlyList<IBatchObserver> observers) =>
        Parallel.ForEach(pending, new ParallelOptions { MaxDegreeOfParallelism = _workers }, unit => ObserveUnit(LoadedUnit.From(unit), observers));

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

    /// <summary>Audits a loaded batch; ordinals are given by <see cref="Run"/>, which sees the batches in order.</summary>
    private List<ListingReport> Audit(LoadedUnit[] loaded)
    {
        var reports = new List<ListingReport>(loaded.Length);
        foreach (var unit in loaded)
        {
            foreach (var result in unit.Results)
            {
                var listing = result.Listing;
                var diagnostics = AuditOne(result);
                var id = listing?.Id ?? diagnostics.FirstOrDefault()?.ListingId ?? "";
                reports.Add(new ListingReport(0, id, unit.File, listing, ApplyBaseline(diagnostics)));
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
