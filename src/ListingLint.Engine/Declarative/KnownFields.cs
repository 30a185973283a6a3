using System.Linq.Expressions;
using ListingLint.Model;

namespace ListingLint.Engine.Declarative;

/// <summary>The fields of each rule target that the model reads, with their JSON pointer below the fact.</summary>
internal static class KnownFields
{
    public sealed record Field(LambdaExpression Accessor, string Pointer);

    public static readonly IReadOnlyDictionary<string, Field> Listing = Table<Listing>(
        ("id", l => l.Id, "/id"),
        ("title", l => l.Title, "/title"),
        ("description", l => l.Description, "/description"),
        ("brand", l => l.Brand, "/brand"),
        ("category", l => l.Category, "/category"),
        ("price", l => l.Price == null ? null : (object)l.Price.Amount, "/price"),
        ("price.amount", l => l.Price == null ? null : (object)l.Price.Amount, "/price/amount"),
        ("price.currency", l => l.Price == null ? null : l.Price.Currency, "/price/currency"),
        ("attributes", l => l.Attributes.Select(a => a.Name).ToArray(), "/attributes"),
        ("variants", l => l.Variants.Select(v => v.DisplayName).ToArray(), "/variants"),
        ("images", l => l.Images.Select(i => i.Src).ToArray(), "/images"),
        ("brandAuthorization.brand", l => l.BrandAuthorization == null ? null : l.BrandAuthorization.Brand, "/brandAuthorization/brand"),
        ("brandAuthorization.document", l => l.BrandAuthorization == null ? null : l.BrandAuthorization.Document, "/brandAuthorization/document"),
        ("brandAuthorization.validUntil", l => l.BrandAuthorization == null || l.BrandAuthorization.ValidUntil == null ? null : l.BrandAuthorization.ValidUntil.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "/brandAuthorization/validUntil"),
        ("package.weightKg", l => l.Package == null ? null : (object?)l.Package.WeightKg, "/package/weightKg"),
        ("package.dimensionsCm", l => l.Package == null ? null : l.Package.DimensionsCm, "/package/dimensionsCm"),
        ("shipping.method", l => l.Shipping == null ? null : l.Shipping.Method, "/shipping/method"),
        ("shipping.handlingDays", l => l.Shipping == null ? null : (object?)l.Shipping.HandlingDays, "/shipping/handlingDays"),
        ("shipping.shipsFrom", l => l.Shipping == null ? null : l.Shipping.ShipsFrom, "/shipping/shipsFrom"),
        ("page", l => l.Page, "/page"));

    public static readonly IReadOnlyDictionary<string, Field> Variant = Table<Variant>(
        ("sku", v => v.Sku, "/sku"),
        ("title", v => v.Title, "/title"),
        ("price", v => v.Price, "/price"),
        ("stock", v => v.Stock, "/stock"),
        ("image", v => v.Image, "/image"),
        ("options", v => v.Options.Select(o => o.Value).ToArray(), "/options"));

    public static readonly IReadOnlyDictionary<string, Field> Attribute = Table<ListingAttribute>(
        ("name", a => a.Name, ""),
        ("value", a => a.Value, ""));

    public static readonly IReadOnlyDictionary<string, Field> Image = Table<ImageRef>(
        ("src", i => i.Src, ""),
        ("role", i => i.Role, ""),
        ("alt", i => i.Alt, ""));

    /// <summary>Objects of the listing model whose fields are all known; a path below them that is not listed is a typo.</summary>
    public static readonly IReadOnlySet<string> ListingObjects = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "title", "description", "brand", "category", "price", "variants", "images", "brandAuthorization", "package", "shipping", "page", "listinglint",
    };

    private static Dictionary<string, Field> Table<T>(params (string Name, Expression<Func<T, object?>> Accessor, string Pointer)[] fields) =>
        fields.ToDictionary(f => f.Name, f => new Field(f.Accessor, f.Pointer), StringComparer.Ordinal);
}
