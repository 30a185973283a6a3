namespace ListingLint.Model;

/// <summary>Line and column of every value read from a listing, keyed by JSON pointer.</summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, (int Line, int Column)> _positions;
    private Dictionary<string, string>? _sources;

    /// <param name="capacity">How many positions to make room for: a listing records one per value it holds.</param>
    public SourceMap(string file, int capacity = 0)
    {
        File = file;
        _positions = new Dictionary<string, (int Line, int Column)>(capacity, StringComparer.Ordinal);
    }

    public string File { get; }

    public int Count => _positions.Count;

    public void Add(string pointer, int line, int column) => _positions[pointer] = (line, column);

    /// <summary>Records a position and the kind of source the value came from (JSON-LD, microdata, OpenGraph, platform data…).</summary>
    public void Add(string pointer, int line, int column, string? source)
    {
        Add(pointer, line, column);
        if (source is not null)
            (_sources ??= new(StringComparer.Ordinal))[pointer] = source;
    }

    /// <summary>The kind of source recorded for exactly <paramref name="pointer"/>, or null (canonical JSON records none).</summary>
    public string? SourceOf(string pointer) => _sources is not null && _sources.TryGetValue(pointer, out var source) ? source : null;

    /// <summary>The location of <paramref name="pointer"/>, or of its nearest ancestor that was read.</summary>
    public Location Resolve(string pointer)
    {
        var probe = pointer;
        while (true)
        {
            if (_positions.TryGetValue(probe, out var position))
                return new Location(File, pointer, position.Line, position.Column);
            if (probe.Length == 0)
                return new Location(File, pointer, 0, 0);
            var slash = probe.LastIndexOf('/');
            probe = slash <= 0 ? "" : probe[..slash];
        }
    }

    public IEnumerable<KeyValuePair<string, (int Line, int Column)>> Entries => _positions;
}
