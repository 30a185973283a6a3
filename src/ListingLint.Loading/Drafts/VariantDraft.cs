using ListingLint.Model;

namespace ListingLint.Loading.Drafts;

/// <summary>A variant being assembled from one source, each value with the location it was read at.</summary>
internal sealed class VariantDraft(Location location, string source)
{
    public Location Location { get; } = location;
    public string Source { get; } = source;
    public Sourced<string>? Sku { get; set; }
    public Sourced<string>? Title { get; set; }
    public Sourced<decimal>? Price { get; set; }
    public Sourced<string>? Currency { get; set; }
    public Sourced<int>? Stock { get; set; }
    public Sourced<string>? Image { get; set; }
    public Sourced<string>? Availability { get; set; }
    public List<(string Name, Sourced<string> Value)> Options { get; } = [];

    public void Option(string name, string? value, Location at)
    {
        if (!string.IsNullOrWhiteSpace(name) && !string.IsNullOrWhiteSpace(value) && !Options.Any(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)))
            Options.Add((name.Trim(), new Sourced<string>(value.Trim(), at)));
    }
}

/// <summary>A value and where it was read.</summary>
internal sealed record Sourced<T>(T Value, Location Location);
