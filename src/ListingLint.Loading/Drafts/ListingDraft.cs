using System.Globalization;
using ListingLint.Loading.Canonical;
using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Drafts;

/// <summary>
/// A listing being assembled from one or more sources (a page's JSON-LD, microdata, OpenGraph, platform data, or an external
/// document). Sources are added in order of trust: the first value for a field wins, but every value is kept as an
/// <see cref="Observation"/> so that contradictions between sources can be reported.
/// </summary>
internal sealed class ListingDraft(string file, string format)
{
    private static readonly string[] ObservedFields = ["title", "brand", "price", "currency", "availability", "lowPrice"];

    private readonly Dictionary<string, (Sourced<string> Value, string Source)> _fields = new(StringComparer.Ordinal);
    private readonly List<Observation> _observations = [];
    private readonly List<(string Name, Sourced<string> Value, string Source)> _attributes = [];
    private readonly List<(string Src, string? Alt, Location Location, string Source)> _images = [];
    private readonly List<LoadNote> _notes = [];
    private (Sourced<decimal> Amount, string Source)? _price;
    private List<string>? _category;
    private Location? _categoryLocation;
    private string? _categorySource;
    private List<VariantDraft>? _variants;

    public string File { get; } = file;
    public string Format { get; } = format;
    public IReadOnlySet<string> Sources => _fields.Values.Select(v => v.Source).Concat(_variants?.Select(v => v.Source) ?? []).ToHashSet();
    public bool HasProductData => _fields.ContainsKey("title") || _price is not null || _variants is not null || _fields.ContainsKey("id");
    public IReadOnlyList<LoadNote> Notes => _notes;

    public void Set(string field, string? value, Location at, string source)
    {
        if (string.IsNullOrWhiteSpace(value))
            return;
        value = value.Trim();
        if (ObservedFields.Contains(field))
            _observations.Add(new Observation(field, value, source, at));
        _fields.TryAdd(field, (new Sourced<string>(value, at), source));
    }

    /// <summary>Records what a source shows without making it the listing's value (the visible price next to the markup's).</summary>
    public void Observe(string field, string value, Location at, string source) => _observations.Add(new Observation(field, value, source, at));

    public string? Get(string field) => _fields.TryGetValue(field, out var v) ? v.Value.Value : null;

    public void SetPrice(decimal amount, string? currency, Location at, string source, Location? currencyAt = null)
    {
        _observations.Add(new Observation("price", amount.ToString(CultureInfo.InvariantCulture), source, at));
        _price ??= (new Sourced<decimal>(amount, at), source);
        Set("currency", currency, currencyAt ?? at, source);
    }

    public void SetCategory(IEnumerable<string> path, Location at, string source)
    {
        var parts = path.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (_category is not null || parts.Count == 0)
            return;
        (_category, _categoryLocation, _categorySource) = (parts, at, source);
    }

    public void AddAttribute(string name, string? value, Location at, string source)
    {
        if (string.IsNullOrWhiteSpace(name) || value is null)
            return;
        name = name.Trim();
        value = value.Trim();
        if (!_attributes.Any(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase) && a.Value.Value == value))
            _attributes.Add((name, new Sourced<string>(value, at), source));
    }

    public void AddImage(string? src, string? alt, Location at, string source)
    {
        if (string.IsNullOrWhiteSpace(src) || src.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return;
        src = src.Trim();
        if (!_images.Any(i => i.Src == src))
            _images.Add((src, alt, at, source));
    }

    /// <summary>Variants come whole from the first source that has any; mixing two sources' variant lists would double them.</summary>
    public bool OffersVariants(IReadOnlyList<VariantDraft> variants)
    {
        if (_variants is not null || variants.Count == 0)
            return false;
        _variants = [.. variants];
        return true;
    }

    public void Note(string message, Location at) => _notes.Add(new LoadNote(message, at));

    public Listing Build(string fallbackId, ImagePathResolver resolver, IReadOnlyDictionary<string, JToken>? extra = null, int ordinal = 0)
    {
        var map = new SourceMap(File);
        var id = Mark(map, "id", "/id") ?? fallbackId;
        var extras = new Dictionary<string, JToken>(extra ?? new Dictionary<string, JToken>(), StringComparer.Ordinal);
        foreach (var name in new[] { "availability", "url", "salePrice", "condition" })
        {
            if (Mark(map, name, "/" + name) is { } value)
                extras[name] = value;
        }
        Price? price = null;
        if (_price is { } p)
        {
            Add(map, "/price", p.Amount.Location, p.Source);
            price = new Price(p.Amount.Value, Mark(map, "currency", "/price/currency")?.ToUpperInvariant());
        }
        if (_category is not null)
            Add(map, "/category", _categoryLocation!, _categorySource!);
        return new Listing
        {
            Id = id,
            Title = Mark(map, "title", "/title"),
            Description = Mark(map, "description", "/description"),
            Brand = Mark(map, "brand", "/brand"),
            Category = _category ?? [],
            Price = price,
            Attributes = _attributes.Select((a, i) => new ListingAttribute(a.Name, a.Value.Value, i,
                Add(map, JsonPointer.Append("/attributes", i), a.Value.Location, a.Source))).ToArray(),
            Variants = (_variants ?? []).Select((v, i) => BuildVariant(v, i, map)).ToArray(),
            Images = _images.Select((img, i) => BuildImage(img, i, map, resolver)).ToArray(),
            Extra = extras,
            Format = Format,
            Ordinal = ordinal,
            Source = map,
            Observations = _observations,
            Notes = _notes,
        };
    }

    private static Variant BuildVariant(VariantDraft v, int index, SourceMap map)
    {
        var pointer = JsonPointer.Append("/variants", index);
        var extra = new Dictionary<string, JToken>(StringComparer.Ordinal);
        if (v.Availability is not null)
            extra["availability"] = Field(map, pointer + "/availability", v.Availability, v.Source);
        if (v.Currency is not null)
            extra["currency"] = Field(map, pointer + "/currency", v.Currency, v.Source);
        return new Variant
        {
            Index = index,
            Sku = v.Sku is null ? null : Field(map, pointer + "/sku", v.Sku, v.Source),
            Title = v.Title is null ? null : Field(map, pointer + "/title", v.Title, v.Source),
            Price = v.Price is null ? null : Field(map, pointer + "/price", v.Price, v.Source),
            Stock = v.Stock is null ? null : Field(map, pointer + "/stock", v.Stock, v.Source),
            Image = v.Image is null ? null : Field(map, pointer + "/image", v.Image, v.Source),
            Options = v.Options.Select(o => new VariantOption(o.Name, o.Value.Value,
                Add(map, JsonPointer.Append(pointer + "/options", o.Name), o.Value.Location, v.Source))).ToArray(),
            Extra = extra,
            Location = Add(map, pointer, v.Location, v.Source),
        };
    }

    private static ImageRef BuildImage((string Src, string? Alt, Location Location, string Source) image, int index, SourceMap map, ImagePathResolver resolver)
    {
        var (resolved, outside) = resolver.Resolve(image.Src);
        return new ImageRef
        {
            Index = index,
            Src = image.Src,
            Alt = image.Alt,
            ResolvedPath = resolved,
            OutsideRoot = outside,
            Location = Add(map, JsonPointer.Append("/images", index), image.Location, image.Source),
        };
    }

    private string? Mark(SourceMap map, string field, string pointer)
    {
        if (!_fields.TryGetValue(field, out var value))
            return null;
        Add(map, pointer, value.Value.Location, value.Source);
        return value.Value.Value;
    }

    private static T Field<T>(SourceMap map, string pointer, Sourced<T> value, string source)
    {
        Add(map, pointer, value.Location, source);
        return value.Value;
    }

    private static Location Add(SourceMap map, string pointer, Location at, string source)
    {
        map.Add(pointer, at.Line, at.Column, source);
        return new Location(map.File, pointer, at.Line, at.Column);
    }
}
