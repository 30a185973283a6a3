namespace ListingLint.Model;

/// <summary>A purchasable variant (SKU) of a listing.</summary>
public sealed record Variant
{
    public required int Index { get; init; }
    public string? Sku { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<VariantOption> Options { get; init; } = [];
    public decimal? Price { get; init; }
    public int? Stock { get; init; }
    public string? Image { get; init; }
    public IReadOnlyDictionary<string, Newtonsoft.Json.Linq.JToken> Extra { get; init; } = EmptyExtra.Instance;
    public required Location Location { get; init; }

    /// <summary>The variant's title, else its option values joined, else its SKU: what a buyer sees.</summary>
    public string DisplayName =>
        !string.IsNullOrWhiteSpace(Title) ? Title!
        : Options.Count > 0 ? string.Join(" / ", Options.Select(o => o.Value))
        : Sku ?? $"#{Index + 1}";

    public string? OptionValue(string name) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;
}
