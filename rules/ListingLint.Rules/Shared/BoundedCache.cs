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

    public TValue this[TKey key]
    {
        get
        {
            if (_values.TryGetValue(key, out var value))
                return value;
            value = compute(key);
            if (_values.Count < capacity)
                _values.TryAdd(key, value);
            return value;
        }
    }
}
