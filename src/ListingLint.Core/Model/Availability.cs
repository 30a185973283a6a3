namespace ListingLint.Model;

/// <summary>Availability as the schema.org enumeration names it (<c>InStock</c>, <c>OutOfStock</c>, …), whatever a page or feed wrote.</summary>
public static class Availability
{
    public const string InStock = "InStock";
    public const string OutOfStock = "OutOfStock";

    public static string Normalize(string? text)
    {
        var bare = (text ?? "").Trim().TrimEnd('/');
        bare = bare[(Math.Max(bare.LastIndexOf('/'), bare.LastIndexOf(':')) + 1)..];
        return bare.Replace(" ", "").Replace("_", "").Replace("-", "").ToLowerInvariant() switch
        {
            "instock" or "true" or "available" or "instoreonly" or "onlineonly" or "limitedavailability" => InStock,
            "outofstock" or "false" or "soldout" or "unavailable" or "discontinued" => OutOfStock,
            "preorder" or "presale" => "PreOrder",
            "backorder" => "BackOrder",
            _ => bare,
        };
    }
}
