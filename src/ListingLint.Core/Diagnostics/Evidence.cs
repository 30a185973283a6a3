namespace ListingLint.Diagnostics;

/// <summary>Key/value facts a reviewer needs to see why a finding was reported, in the order the rule gave them.</summary>
public sealed class Evidence
{
    public static readonly Evidence None = new([]);

    private readonly KeyValuePair<string, string>[] _items;

    private Evidence(KeyValuePair<string, string>[] items) => _items = items;

    public IReadOnlyList<KeyValuePair<string, string>> Items => _items;

    public bool IsEmpty => _items.Length == 0;

    public static Evidence Of(params (string Key, object? Value)[] items) =>
        new(items.Select(i => new KeyValuePair<string, string>(i.Key, Format(i.Value))).ToArray());

    public static Evidence Of(string key, object? value) => None.And(key, value);

    public Evidence And(string key, object? value) =>
        new([.. _items, new KeyValuePair<string, string>(key, Format(value))]);

    public string? this[string key] => _items.FirstOrDefault(i => i.Key == key).Value;

    public override string ToString() => string.Join(" ", _items.Select(i => $"{i.Key}={i.Value}"));

    private static string Format(object? value) => value switch
    {
        null => "",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
