using ListingLint.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Loading.Canonical;

/// <summary>
/// Maps one listing object of the canonical JSON model (DESIGN.md) to a <see cref="Listing"/>, keeping every value's
/// location. The object is streamed field by field rather than parsed into a tree first: building the tree cost more
/// than the rest of loading together. A field that appears twice counts once, with its last value.
/// </summary>
internal static class CanonicalListingMapper
{
    private static readonly HashSet<string> KnownFields = new(StringComparer.Ordinal)
    {
        "id", "title", "description", "brand", "category", "price", "attributes", "variants", "images",
        "brandAuthorization", "package", "shipping", "page", "listinglint",
    };

    /// <summary>Reads the object <paramref name="reader"/> stands on; null when it has none of the listing fields.</summary>
    public static Listing? Map(JsonReader reader, MappingContext ctx, string fallbackId, int ordinal, string format, ImagePathResolver images)
    {
        if (reader.TokenType != JsonToken.StartObject)
            throw ctx.Error("", reader, $"expected a listing object but found {MappingContext.Describe(reader)}");
        ctx.Mark("", reader);
        var fields = new Fields();
        var isListing = false;
        while (MappingContext.Next(reader) && reader.TokenType == JsonToken.PropertyName)
        {
            var field = (string)reader.Value!;
            isListing |= Array.IndexOf(CanonicalListings.ListingFields, field) >= 0;
            if (!KnownFields.Contains(field))
            {
                var value = ExtraFields.Add(ref fields.Extra, reader, "", ctx);
                if (field == "name")
                    fields.Name = value;
                continue;
            }
            MappingContext.Next(reader);
            Read(field, reader, ctx, images, ref fields);
        }
        if (!isListing)
            return null;

        var title = fields.Title;
        // Exports from WooCommerce, Magento and schema.org call the title "name": without a "title" it is read as the
        // title, and title findings point at it.
        if (title is null && fields.Name is { Type: JTokenType.String } name)
        {
            ctx.Mark("/title", name);
            title = ctx.String(name, "/name");
        }
        var page = fields.Page;
        return new Listing
        {
            Id = fields.Id is { Length: > 0 } given ? given : fallbackId,
            Title = title,
            Description = fields.Description,
            Brand = fields.Brand,
            Category = fields.Category,
            Price = fields.Price,
            Attributes = fields.Attributes,
            Variants = fields.Variants,
            Images = fields.Images,
            BrandAuthorization = fields.Authorization,
            Package = fields.Package,
            Shipping = fields.Shipping,
            Page = page,
            LandingPage = page is null ? null : Html.LandingPageLoader.Load(page, ctx.Map.Resolve("/page"), ctx.File, images, images.Directory, images.Root, ctx.Options),
            Suppressions = fields.Suppressions,
            Extra = fields.Extra ?? ExtraFields.None,
            Format = format,
            Ordinal = ordinal,
            Source = ctx.Map,
            Pointer = ctx.ListingPointer,
        };
    }

    private static void Read(string field, JsonReader reader, MappingContext ctx, ImagePathResolver images, ref Fields fields)
    {
        switch (field)
        {
            case "id":
                fields.Id = ctx.String(reader, "/id");
                break;
            case "title":
                fields.Title = ctx.String(reader, "/title");
                break;
            case "description":
                fields.Description = ctx.String(reader, "/description");
                break;
            case "brand":
                fields.Brand = reader.TokenType == JsonToken.StartObject
                    ? ctx.String(MappingContext.Subtree(reader)["name"], "/brand/name")
                    : ctx.String(reader, "/brand");
                break;
            case "category":
                fields.Category = ReadCategory(reader, ctx);
                break;
            case "price":
                fields.Price = PriceReader.Read(reader, "/price", ctx);
                break;
            case "attributes":
                fields.Attributes = AttributeReader.Read(reader, "/attributes", ctx);
                break;
            case "variants":
                fields.Variants = VariantReader.Read(reader, ctx);
                break;
            case "images":
                fields.Images = ImageReader.Read(reader, ctx, images);
                break;
            case "brandAuthorization":
                fields.Authorization = AuthorizationReader.Read(MappingContext.Subtree(reader), "/brandAuthorization", ctx, images.Directory);
                break;
            case "package":
                fields.Package = ReadPackage(reader, ctx);
                break;
            case "shipping":
                fields.Shipping = ReadShipping(MappingContext.Subtree(reader), ctx);
                break;
            case "page":
                fields.Page = ctx.String(reader, "/page", allowScalars: false);
                break;
            case "listinglint":
                fields.Suppressions = SuppressionReader.Read(MappingContext.Subtree(reader), ctx);
                break;
        }
    }

    private static IReadOnlyList<string> ReadCategory(JsonReader reader, MappingContext ctx)
    {
        switch (reader.TokenType)
        {
            case JsonToken.Null:
                return [];
            case JsonToken.StartArray:
                ctx.Mark("/category", reader);
                var path = new List<string>();
                while (MappingContext.Next(reader) && reader.TokenType != JsonToken.EndArray)
                    path.Add(ctx.String(reader, Model.JsonPointer.Append("/category", path.Count), allowScalars: false) ?? "");
                return path;
            case JsonToken.String:
                return ctx.String(reader, "/category")!
                    .Split(['>', '/', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            default:
                throw ctx.Error("/category", reader, $"expected an array of strings or a string but found {MappingContext.Describe(reader)}");
        }
    }

    private static PackageInfo? ReadPackage(JsonReader reader, MappingContext ctx)
    {
        if (reader.TokenType == JsonToken.Null)
            return null;
        if (reader.TokenType != JsonToken.StartObject)
            throw ctx.Error("/package", reader, $"expected an object but found {MappingContext.Describe(reader)}");
        var location = ctx.Mark("/package", reader);
        decimal? weight = null;
        IReadOnlyList<decimal> dimensions = [];
        while (MappingContext.Next(reader) && reader.TokenType == JsonToken.PropertyName)
        {
            var field = (string)reader.Value!;
            MappingContext.Next(reader);
            switch (field)
            {
                case "weightKg":
                    weight = ctx.Number(reader, "/package/weightKg");
                    break;
                case "dimensionsCm":
                    dimensions = ReadDimensions(reader, ctx);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        return new PackageInfo(weight, dimensions, location);
    }

    private static decimal[] ReadDimensions(JsonReader reader, MappingContext ctx)
    {
        if (reader.TokenType != JsonToken.StartArray)
            throw ctx.Error("/package/dimensionsCm", reader, $"expected an array of numbers but found {MappingContext.Describe(reader)}");
        var dimensions = new List<decimal>(3);
        while (MappingContext.Next(reader) && reader.TokenType != JsonToken.EndArray)
            dimensions.Add(ctx.Number(reader, Model.JsonPointer.Append("/package/dimensionsCm", dimensions.Count)) ?? 0m);
        return dimensions.ToArray();
    }

    private static ShippingInfo? ReadShipping(JToken token, MappingContext ctx)
    {
        if (token.Type == JTokenType.Null)
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

    /// <summary>The listing's fields as they are read; each keeps the last value its field had.</summary>
    private struct Fields()
    {
        public string? Id;
        public string? Title;
        public JToken? Name;
        public string? Description;
        public string? Brand;
        public IReadOnlyList<string> Category = [];
        public Price? Price;
        public IReadOnlyList<ListingAttribute> Attributes = [];
        public IReadOnlyList<Variant> Variants = [];
        public IReadOnlyList<ImageRef> Images = [];
        public BrandAuthorization? Authorization;
        public PackageInfo? Package;
        public ShippingInfo? Shipping;
        public string? Page;
        public IReadOnlyList<Suppression> Suppressions = [];
        public Dictionary<string, JToken>? Extra;
    }
}
