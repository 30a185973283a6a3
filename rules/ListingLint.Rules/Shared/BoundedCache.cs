using System.Collections.Concurrent;

namespace ListingLint.Rules.Shared;

/// <summary>
/// Remembers a pure function's results for keys that repeat across listings (attribute names, option names,
/// unit spellings). Stops adding at <paramref name="capacity"/> entries, so input with endless distinct keys
/// costs the computation again rather than memory.
/// </summary>
public sealed class BoundedCache<TKey, TValue>(Func<TKey, TValue> compute, int capacity = 4096)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _values = new();
    // Counted here: ConcurrentDictionary.Count takes every lock of the table, and misses are frequent once keys stop repeating.
    private int _count;

    public TValue this[TKey key]
    {
        get
        {
            if (_values.TryGetValue(key, out var value))
                return value;
            value = compute(key);
            // A slot is taken before adding, so that threads racing for the last slots never add more than the capacity.
            if (Volatile.Read(ref _count) < capacity && Interlocked.Increment(ref _count) <= capacity && !_values.TryAdd(key, value))
                Interlocked.Decrement(ref _count);
            return value;
        }
    }
}
