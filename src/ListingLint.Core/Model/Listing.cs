using Newtonsoft.Json.Linq;

namespace ListingLint.Model;

/// <summary>A product listing as loaded, in the canonical model of DESIGN.md. Every value can be located through <see cref="Source"/>.</summary>
public sealed class Listing
{
    public required string Id { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Brand { get; init; }
    public IReadOnlyList<string> Category { get; init; } = [];
    public Price? Price { get; init; }
    public IReadOnlyList<ListingAttribute> Attributes { get; init; } = [];
    public IReadOnlyList<Variant> Variants { get; init; } = [];
    public IReadOnlyList<ImageRef> Images { get; init; } = [];
    public BrandAuthorization? BrandAuthorization { get; init; }
    public PackageInfo? Package { get; init; }
    public ShippingInfo? Shipping { get; init; }
    public string? Page { get; init; }
    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];
    public IReadOnlyDictionary<string, JToken> Extra { get; init; } = EmptyExtra.Instance;

    /// <summary>The format the listing was read from: json, ndjson, html, shopify, …</summary>
    public string Format { get; init; } = "json";

    /// <summary>Position of the listing in its input, counted over all inputs (0-based).</summary>
    public int Ordinal { get; init; }

    public required SourceMap Source { get; init; }

    /// <summary>For a listing with <see cref="Page"/>: the landing page as loaded, or why it could not be.</summary>
    public LandingPage? LandingPage { get; init; }

    /// <summary>Every value each source of a page gave for a field before they were merged (empty for canonical JSON).</summary>
    public IReadOnlyList<Observation> Observations { get; init; } = [];

    /// <summary>Problems met while reading the listing that did not stop it loading (a broken JSON-LD block, an unknown charset).</summary>
    public IReadOnlyList<LoadNote> Notes { get; init; } = [];

    /// <summary>The pointer of the listing object inside its file ("" for a whole file, "/3" for an array element).</summary>
    public string Pointer { get; init; } = "";

    public Location Location => Source.Resolve("");

    /// <summary>The location of a field of this listing, e.g. <c>At("/title")</c>.</summary>
    public Location At(string relativePointer) => Source.Resolve(relativePointer);

    public IEnumerable<ListingAttribute> AttributesNamed(string name) =>
        Attributes.Where(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    public string? CategoryLeaf => Category.Count > 0 ? Category[^1] : null;
}
