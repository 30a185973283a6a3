using ListingLint.Baselines;
using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model;

namespace ListingLint.Engine.Hosting;

/// <summary>
/// Loads and audits a stream of listings in parallel, in fixed-size batches, and yields reports in input order.
/// Memory is bounded by the batch size, not by the number of listings.
/// </summary>
public sealed class BatchAuditor(AuditEngine engine, int jobs, Baseline? baseline = null)
{
    private readonly int _jobs = Math.Max(1, jobs);

    // Small enough that a batch's listings die young (gen0/gen1), large enough to keep both cores busy.
    public int BatchSize { get; init; } = 256;

    /// <summary>Audits <paramref name="pending"/>; it is enumerated twice when a provider observes the whole batch first.</summary>
    public IEnumerable<ListingReport> Run(IEnumerable<PendingListing> pending)
    {
        var observers = engine.BatchObservers;
        if (observers.Count > 0)
            Observe(pending, observers);
        return Audit(pending);
    }

    private void Observe(IEnumerable<PendingListing> pending, IReadOnlyList<IBatchObserver> observers)
    {
        Parallel.ForEach(pending, new ParallelOptions { MaxDegreeOfParallelism = _jobs }, unit =>
        {
            IReadOnlyList<LoadResult> loaded;
            try { loaded = unit.Load(); }
            catch (Exception) { return; }
            foreach (var result in loaded)
            {
                if (result.Listing is { } listing)
                {
                    foreach (var observer in observers)
                        observer.Observe(listing);
                }
            }
        });
        foreach (var observer in observers)
            observer.Complete();
    }

    private IEnumerable<ListingReport> Audit(IEnumerable<PendingListing> pending)
    {
        var ordinal = 0;
        var batch = new List<PendingListing>(BatchSize);
        using var enumerator = pending.GetEnumerator();
        while (true)
        {
            batch.Clear();
            while (batch.Count < BatchSize && enumerator.MoveNext())
                batch.Add(enumerator.Current);
            if (batch.Count == 0)
                yield break;
            var results = new IReadOnlyList<(Listing? Listing, IReadOnlyList<Diagnostic> Diagnostics, string File)>[batch.Count];
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = _jobs }, i => results[i] = Process(batch[i]));
            foreach (var unit in results)
            {
                foreach (var (listing, diagnostics, file) in unit)
                {
                    var id = listing?.Id ?? diagnostics.FirstOrDefault()?.ListingId ?? "";
                    yield return new ListingReport(ordinal++, id, file, listing, ApplyBaseline(diagnostics));
                }
            }
        }
    }

    private IReadOnlyList<(Listing?, IReadOnlyList<Diagnostic>, string)> Process(PendingListing pending)
    {
        IReadOnlyList<LoadResult> loaded;
        try
        {
            loaded = pending.Load();
        }
        catch (Exception e)
        {
            var failure = LoadResult.Failed(Path.GetFileName(pending.File), new Location(pending.File, "", 0, 0), $"loader failed: {e.GetType().Name}: {e.Message}");
            return [(null, [failure.Error!], pending.File)];
        }
        var outcomes = new (Listing?, IReadOnlyList<Diagnostic>, string)[loaded.Count];
        for (var i = 0; i < loaded.Count; i++)
        {
            var result = loaded[i];
            outcomes[i] = result.Listing is { } listing
                ? (listing, engine.Audit(listing), pending.File)
                : (null, [result.Error!], pending.File);
        }
        return outcomes;
    }

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
}
