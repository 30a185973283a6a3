using System.Collections.Concurrent;
using ListingLint.Engine.Authoring;
using ListingLint.Model;

namespace ListingLint.Engine.Tests.TestRules;

/// <summary>A batch observer that never takes anything: the auditor may stream in one pass.</summary>
internal sealed class TakesNothingObserver : IBatchObserver
{
    public static int Completed;

    public bool Observe(Listing listing) => false;

    public void Complete() => Interlocked.Increment(ref Completed);

    public IEnumerable<object> GetFacts(Listing listing) => [];
}

/// <summary>Takes listing L300 only, and records how many listings it had seen when each listing was audited.</summary>
internal sealed class TakesOneObserver : IBatchObserver
{
    public static readonly ConcurrentDictionary<string, byte> Seen = new();
    public static readonly ConcurrentDictionary<string, int> SeenWhenAudited = new();

    public bool Observe(Listing listing)
    {
        Seen[listing.Id] = 0;
        return listing.Id == "L300";
    }

    public void Complete()
    {
    }

    public IEnumerable<object> GetFacts(Listing listing)
    {
        SeenWhenAudited[listing.Id] = Seen.Count;
        return [];
    }
}

/// <summary>Declares a fact type no test rule matches: the engine leaves it out.</summary>
internal sealed class UnmatchedFactsObserver : IBatchObserver
{
    public static int Observed;

    public IReadOnlyCollection<Type> FactTypes { get; } = [typeof(UnmatchedFactsObserver)];

    public bool Observe(Listing listing)
    {
        Interlocked.Increment(ref Observed);
        return true;
    }

    public void Complete()
    {
    }

    public IEnumerable<object> GetFacts(Listing listing) => [this];
}
