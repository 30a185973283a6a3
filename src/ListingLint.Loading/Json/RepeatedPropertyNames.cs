using Newtonsoft.Json;

namespace ListingLint.Loading.Json;

/// <summary>
/// The property names one thread has read, so that the names every listing repeats ("title", "price", "Color") are
/// not allocated again for each listing. Bounded: past the limit, further names are allocated as usual.
/// </summary>
internal sealed class RepeatedPropertyNames : JsonNameTable
{
    private const int Limit = 4096;

    [ThreadStatic]
    private static RepeatedPropertyNames? _ofThread;

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    private RepeatedPropertyNames() => _byChars = _names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The table of the calling thread (a JSON reader is used by one thread at a time).</summary>
    public static RepeatedPropertyNames OfThread => _ofThread ??= new RepeatedPropertyNames();

    public override string Get(char[] key, int start, int length)
    {
        var chars = key.AsSpan(start, length);
        if (_byChars.TryGetValue(chars, out var name))
            return name;
        name = chars.ToString();
        if (_names.Count < Limit)
            _names.Add(name, name);
        return name;
    }
}
