using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Canonical;

/// <summary>Maps one listing object of the canonical JSON model (DESIGN.md) to a <see cref="Listing"/>, keeping every value's location.</summary>
internal static class CanonicalListingMapper
{
    private static readonly HashSet<string> KnownFields = new(StringComparer.Ordinal)
    {
        "id", "title", "description", "brand", "category", "price", "attributes", "variants", "images",
        "brandAuthorization", "package", "shipping", "page", "listinglint",
    };

    public static Listing Map(JObject obj, MappingContext ctx, string fallbackId, int ordinal, string format, ImagePathResolver images)
    {
        ctx.Mark("", obj);
        var id = ctx.String(obj["id"], "/id") is { Length: > 0 } given ? given : fallbackId;
        var extra = ExtraFields.Collect(obj, KnownFields, "", ctx);

        var page = ctx.String(obj["page"], "/page", allowScalars: false);
        return new Listing
        {
            Id = id,
            Title = ReadTitle(obj, ctx),
            Description = ctx.String(obj["description"], "/description"),
            Brand = ReadBrand(obj["brand"], ctx),
            Category = ReadCategory(obj["category"], ctx),
            Price = PriceReader.Read(obj["price"], "/price", ctx),
            Attributes = AttributeReader.Read(obj["attributes"], "/attributes", ctx),
            Variants = VariantReader.Read(obj["variants"], ctx),
            Images = ImageReader.Read(obj["images"], ctx, images),
            BrandAuthorization = AuthorizationReader.Read(obj["brandAuthorization"], "/brandAuthorization", ctx, images.Directory),
            Package = ReadPackage(obj["package"], ctx),
            Shipping = ReadShipping(obj["shipping"], ctx),
            Page = page,
            LandingPage = page is null ? null : Html.LandingPageLoader.Load(page, ctx.Map.Resolve("/page"), ctx.File, images, images.Directory, images.Root, ctx.Options),
            Suppressions = SuppressionReader.Read(obj["listinglint"], ctx),
            Extra = extra,
            Format = format,
            Ordinal = ordinal,
            Source = ctx.Map,
            Pointer = ctx.ListingPointer,
        };
    }

    // Exports from WooCommerce, Magento and schema.org call the title "name": without a "title" it is read as the title,
    // and title findings point at it.
    private static string? ReadTitle(JObject obj, MappingContext ctx)
    {
        if (obj["title"] is { Type: not JTokenType.Null } title)
            return ctx.String(title, "/title");
        if (obj["name"] is not { Type: JTokenType.String } name)
            return null;
        ctx.Mark("/title", name);
        return ctx.String(name, "/name");
    }

    private static string? ReadBrand(JToken? token, MappingContext ctx) => token switch
    {
        JObject brand => ctx.String(brand["name"], "/brand/name"),
        _ => ctx.String(token, "/brand"),
    };

    private static IReadOnlyList<string> ReadCategory(JToken? token, MappingContext ctx)
    {
        switch (token)
        {
            case null or { Type: JTokenType.Null }:
                return [];
            case JArray array:
                ctx.Mark("/category", array);
                return array.Select((t, i) => ctx.String(t, Model.JsonPointer.Append("/category", i), allowScalars: false) ?? "").ToArray();
            case { Type: JTokenType.String }:
                return ctx.String(token, "/category")!
                    .Split(['>', '/', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            default:
                throw ctx.Error("/category", token, $"expected an array of strings or a string but found {MappingContext.Describe(token)}");
        }
    }

    private static PackageInfo? ReadPackage(JToken? token, MappingContext ctx)
    {
        if (token is null || token.Type == JTokenType.Null)
            return null;
        if (token is not JObject obj)
            throw ctx.Error("/package", token, $"expected an object but found {MappingContext.Describe(token)}");
        var location = ctx.Mark("/package", obj);
        var dimensions = obj["dimensionsCm"] switch
        {
            null => [],
            JArray array => array.Select((t, i) => ctx.Number(t, $"/package/dimensionsCm/{i}") ?? 0m).ToArray(),
            var other => throw ctx.Error("/package/dimensionsCm", other, $"expected an array of numbers but found {MappingContext.Describe(other)}"),
        };
        return new PackageInfo(ctx.Number(obj["weightKg"], "/package/weightKg"), dimensions, location);
    }

    private static ShippingInfo? ReadShipping(JToken? token, MappingContext ctx)
    {
        if (token is null || token.Type == JTokenType.Null)
            return null;
        if (token is not JObject obj)
            throw ctx.Error("/shipping", token, $"expected an object but found {MappingContext.Describe(token)}");
        var location = ctx.Mark("/shipping", obj);
        return new ShippingInfo(
            ctx.String(obj["method"], "/shipping/method"),
            ctx.Integer(obj["handlingDays"], "/shipping/handlingDays"),
            ctx.String(obj["shipsFrom"], "/shipping/shipsFrom"),
            location);
    }
}
