using System.Numerics;

namespace ListingLint.Imaging.Indexing;

/// <summary>
/// Multi-index hashing over 64-bit hashes: each hash is cut into four 16-bit chunks, each chunk indexed in its own
/// table. Two hashes within distance r agree to within r/4 bits on at least one chunk (pigeonhole), so a query only
/// probes the chunk values within that radius instead of comparing against every stored hash.
/// </summary>
public sealed class HashIndex<T>
{
    private const int Chunks = 4;
    private readonly Dictionary<ushort, List<int>>[] _tables = Enumerable.Range(0, Chunks).Select(_ => new Dictionary<ushort, List<int>>()).ToArray();
    private readonly List<(ulong Hash, T Item)> _entries = [];

    public int Count => _entries.Count;

    public void Add(ulong hash, T item)
    {
        var id = _entries.Count;
        _entries.Add((hash, item));
        for (var c = 0; c < Chunks; c++)
        {
            var key = Chunk(hash, c);
            if (!_tables[c].TryGetValue(key, out var list))
                _tables[c][key] = list = [];
            list.Add(id);
        }
    }

    /// <summary>Every stored item whose hash is within <paramref name="radius"/> bits of <paramref name="hash"/>, with the distance.</summary>
    public IEnumerable<(T Item, int Distance)> Within(ulong hash, int radius)
    {
        var chunkRadius = radius / Chunks;
        var seen = new HashSet<int>();
        for (var c = 0; c < Chunks; c++)
        {
            var key = Chunk(hash, c);
            foreach (var probe in Neighbours(key, chunkRadius))
            {
                if (!_tables[c].TryGetValue(probe, out var ids))
                    continue;
                foreach (var id in ids)
                {
                    if (!seen.Add(id))
                        continue;
                    var distance = BitOperations.PopCount(_entries[id].Hash ^ hash);
                    if (distance <= radius)
                        yield return (_entries[id].Item, distance);
                }
            }
        }
    }

    private static ushort Chunk(ulong hash, int c) => (ushort)(hash >> (16 * c));

    private static IEnumerable<ushort> Neighbours(ushort key, int radius)
    {
        yield return key;
        if (radius < 1)
            yield break;
        for (var i = 0; i < 16; i++)
        {
            var one = (ushort)(key ^ (1 << i));
            yield return one;
            if (radius < 2)
                continue;
            for (var j = i + 1; j < 16; j++)
            {
                var two = (ushort)(one ^ (1 << j));
                yield return two;
                if (radius < 3)
                    continue;
                for (var k = j + 1; k < 16; k++)
                    yield return (ushort)(two ^ (1 << k));
            }
        }
    }
}
