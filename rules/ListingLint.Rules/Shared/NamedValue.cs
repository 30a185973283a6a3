using ListingLint.Model;

namespace ListingLint.Rules.Shared;

/// <summary>Where a name/value pair was found.</summary>
public enum NamedValueSource
{
    Attribute,
    VariantOption,
}

/// <summary>
/// One name/value pair a buyer reads: a listing attribute or a variant option. Rules about values
/// (placeholders, units) match these instead of walking attributes and variants twice.
/// </summary>
public sealed record NamedValue(string Name, string Value, NamedValueSource Source, int? VariantIndex, Location Location)
{
    public string Where => Source == NamedValueSource.Attribute ? $"attribute '{Name}'" : $"option '{Name}' of variant {VariantIndex + 1}";
}
