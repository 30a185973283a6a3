using ListingLint.Configuration;
using ListingLint.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Rules.Brand.Registry;

/// <summary>
/// The store's authorizations file (<c>authorizations</c> in listinglint.json):
/// <c>{ "authorizations": [ { "brand", "document", "validFrom", "validUntil", "categories" } ] }</c> or the bare array.
/// Document paths are relative to the file's own folder.
/// </summary>
public sealed class StoreAuthorizations
{
    public static readonly StoreAuthorizations None = new([]);

    private readonly ILookup<string, AuthorizationEntry> _byBrand;

    private StoreAuthorizations(IEnumerable<AuthorizationEntry> entries) =>
        _byBrand = entries.ToLookup(e => e.Brand, StringComparer.Ordinal);

    public IEnumerable<AuthorizationEntry> For(string canonicalBrand) => _byBrand[canonicalBrand];

    /// <summary>How many brands the store has authorizations for.</summary>
    public int Count => _byBrand.Count;

    public static StoreAuthorizations Load(AuditConfiguration configuration, BrandRegistry registry)
    {
        if (string.IsNullOrWhiteSpace(configuration.Authorizations))
            return None;
        var display = configuration.Authorizations!;
        var path = configuration.Resolve(display);
        if (!File.Exists(path))
            throw new ConfigurationException(display, 0, 0, "authorizations file not found");
        var array = JsonFile.ListOf(JsonFile.Parse(File.ReadAllText(path), display), "authorizations", display, "an authorizations file");
        var folder = Path.GetDirectoryName(path)!;
        return new StoreAuthorizations(array.Select((item, i) => Entry(item, i, display, folder, registry)));
    }

    private static AuthorizationEntry Entry(JToken item, int index, string file, string folder, BrandRegistry registry)
    {
        if (item is not JObject entry || entry["brand"] is not { Type: JTokenType.String } brand)
            throw ConfigurationException.At(file, item, "each authorization needs a 'brand'");
        var document = entry["document"] is { Type: JTokenType.String } d ? (string)d! : null;
        var info = (IJsonLineInfo)item;
        return new AuthorizationEntry(
            registry.Canonical((string)brand!),
            (string)brand!,
            document,
            document is null || document.Contains("://", StringComparison.Ordinal) ? null : Path.GetFullPath(document, folder),
            Date(entry["validFrom"], file),
            Date(entry["validUntil"], file),
            entry["categories"] is JArray categories ? categories.Select(c => (string?)c ?? "").ToArray() : [],
            new Location(file, $"/authorizations/{index}", info.LineNumber, info.LinePosition));
    }

    private static DateOnly? Date(JToken? token, string file) => token switch
    {
        null or { Type: JTokenType.Null } => null,
        { Type: JTokenType.Date } => DateOnly.FromDateTime(token.Value<DateTime>()),
        { Type: JTokenType.String } when DateOnly.TryParseExact((string)token!, "yyyy-MM-dd", out var date) => date,
        _ => throw ConfigurationException.At(file, token, "dates must be written yyyy-MM-dd"),
    };
}

/// <summary>One entry of the store's authorizations file.</summary>
public sealed record AuthorizationEntry(
    string Brand, string WrittenBrand, string? Document, string? DocumentPath, DateOnly? ValidFrom, DateOnly? ValidUntil,
    IReadOnlyList<string> Categories, Location Location);
