using ListingLint.Model;

namespace ListingLint.Rules.Shared;

/// <summary>Where a name/value pair was found.</summary>
public enum NamedValueSource
{
    Attribute,
    VariantOption,
}

/// <summary>One name/value pair a buyer reads: a listing attribute or a variant option.</summary>
public sealed record NamedValue(string Name, string Value, NamedValueSource Source, int? VariantIndex, Location Location)
{
    public string Where => Source == NamedValueSource.Attribute ? $"attribute '{Name}'" : $"option '{Name}' of variant {VariantIndex + 1}";
}

/// <summary>
/// Every name/value pair of one listing (its attributes, then its variants' options), as one fact. Rules about
/// values (placeholders, option kinds, colours) scan them instead of walking attributes and variants twice.
/// </summary>
/// <remarks>
/// One fact per listing rather than one per value: a listing has a dozen values, and each fact in an NRules session
/// is inserted into and retracted from the whole network; measured, per-value facts were about a third of the
/// session's work.
/// </remarks>
public sealed class NamedValues(IReadOnlyList<NamedValue> all)
{
    public IReadOnlyList<NamedValue> All { get; } = all;

    public bool Any(Func<NamedValue, bool> predicate)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (predicate(All[i]))
                return true;
        }
        return false;
    }

    public IEnumerable<NamedValue> Where(Func<NamedValue, bool> predicate) => All.Where(predicate);
}
