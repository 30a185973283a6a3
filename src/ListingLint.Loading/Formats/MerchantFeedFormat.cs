using System.Globalization;
using System.Text;
using System.Xml;
using ListingLint.Loading.Canonical;
using ListingLint.Loading.Drafts;
using ListingLint.Loading.Inputs;
using ListingLint.Model;

namespace ListingLint.Loading.Formats;

/// <summary>
/// A Google Merchant Center product feed, XML (RSS 2.0 or Atom with the <c>g:</c> namespace) or TSV. Items that share an
/// <c>item_group_id</c> become one listing whose variants they are, the way Merchant Center groups them.
/// </summary>
public sealed class MerchantFeedFormat : IFileFormat
{
    private static readonly string[] AttributeFields = ["color", "size", "material", "pattern", "gender", "age_group", "gtin", "mpn", "condition"];

    public string Name => "Google Merchant Center feed (XML or TSV)";

    public bool CanRead(InputFile file) =>
        file.Extension == ".tsv" || file.Extension == ".xml" && !file.IsStandardInput && DeclaresGoogleNamespace(file.FullPath!);

    public IEnumerable<PendingListing> Read(InputFile file, LoadOptions options)
    {
        yield return new PendingListing(file.DisplayPath, () => Load(file, options));
    }

    private static IReadOnlyList<LoadResult> Load(InputFile file, LoadOptions options)
    {
        IReadOnlyList<MerchantFeedItems.Item> items;
        try
        {
            using var stream = File.OpenRead(file.FullPath!);
            items = file.Extension == ".tsv"
                ? MerchantFeedItems.FromTsv(new StreamReader(stream, Encoding.UTF8), file.DisplayPath)
                : MerchantFeedItems.FromXml(stream, file.DisplayPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException)
        {
            var location = e is XmlException x ? new Location(file.DisplayPath, "", x.LineNumber, x.LinePosition) : new Location(file.DisplayPath, "", 0, 0);
            return [LoadResult.Failed(Path.GetFileNameWithoutExtension(file.DisplayPath), location, "cannot read the feed: " + e.Message)];
        }
        var resolver = new ImagePathResolver(file.Directory, options.ImageRoot ?? file.Root);
        return items.GroupBy(i => i["item_group_id"] ?? i["id"] ?? Guid.NewGuid().ToString())
            .Select(group => Map(group.ToArray(), file.DisplayPath, resolver))
            .ToArray();
    }

    private static LoadResult Map(MerchantFeedItems.Item[] group, string file, ImagePathResolver resolver)
    {
        var first = group[0];
        var draft = new ListingDraft(file, "merchant-feed");
        var id = group.Length > 1 ? "item_group_id" : "id";
        draft.Set("id", first[id], first.At(id), SourceKinds.Feed);
        foreach (var (field, name) in new[] { ("title", "title"), ("description", "description"), ("brand", "brand"), ("url", "link") })
            draft.Set(field, first[name], first.At(name), SourceKinds.Feed);
        if (first["availability"] is { } availability)
            draft.Set("availability", Availability.Normalize(availability), first.At("availability"), SourceKinds.Feed);
        if ((first["product_type"] ?? first["google_product_category"]) is { } category)
            draft.SetCategory(category.Split('>'), first.At(first["product_type"] is null ? "google_product_category" : "product_type"), SourceKinds.Feed);
        if (first["price"] is { } price && Money.Parse(price) is { } amount)
            draft.SetPrice(amount, Money.Currency(price), first.At("price"), SourceKinds.Feed);
        if (first["sale_price"] is { } sale && Money.Parse(sale) is { } saleAmount)
            draft.Set("salePrice", saleAmount.ToString(CultureInfo.InvariantCulture), first.At("sale_price"), SourceKinds.Feed);
        foreach (var item in group)
        {
            draft.AddImage(item["image_link"], null, item.At("image_link"), SourceKinds.Feed);
            foreach (var extra in (item["additional_image_link"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                draft.AddImage(extra, null, item.At("additional_image_link"), SourceKinds.Feed);
        }
        if (group.Length > 1)
            draft.OffersVariants(group.Select(Variant).ToArray());
        else
        {
            foreach (var name in AttributeFields)
                draft.AddAttribute(name, first[name], first.At(name), SourceKinds.Feed);
        }
        return draft.HasProductData
            ? LoadResult.Loaded(draft.Build(first["id"] ?? Path.GetFileNameWithoutExtension(file), resolver))
            : LoadResult.Failed(Path.GetFileNameWithoutExtension(file), first.Location, "feed item has no id, title or price");
    }

    private static VariantDraft Variant(MerchantFeedItems.Item item)
    {
        var variant = new VariantDraft(item.Location, SourceKinds.Feed)
        {
            Sku = item["id"] is { } sku ? new Sourced<string>(sku, item.At("id")) : null,
            Title = item["title"] is { } title ? new Sourced<string>(title, item.At("title")) : null,
            Availability = item["availability"] is { } a ? new Sourced<string>(Availability.Normalize(a), item.At("availability")) : null,
            Image = item["image_link"] is { } image ? new Sourced<string>(image, item.At("image_link")) : null,
        };
        var price = item["sale_price"] ?? item["price"];
        if (Money.Parse(price) is { } amount)
        {
            var name = item["sale_price"] is null ? "price" : "sale_price";
            variant.Price = new Sourced<decimal>(amount, item.At(name));
            if (Money.Currency(price) is { } currency)
                variant.Currency = new Sourced<string>(currency, item.At(name));
        }
        foreach (var name in new[] { "color", "size", "material", "pattern" })
            variant.Option(char.ToUpperInvariant(name[0]) + name[1..], item[name], item.At(name));
        return variant;
    }

    private static bool DeclaresGoogleNamespace(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[4096];
            var read = stream.Read(buffer, 0, buffer.Length);
            return Encoding.UTF8.GetString(buffer, 0, read).Contains(MerchantFeedItems.GoogleNamespace, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
