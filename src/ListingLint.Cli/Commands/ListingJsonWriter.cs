using ListingLint.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Cli.Commands;

/// <summary>Writes a loaded listing (or its load error) in canonical JSON, with a <c>$source</c> map of every value's location.</summary>
public static class ListingJsonWriter
{
    public static void Write(JsonWriter json, LoadResult loaded)
    {
        if (loaded.Listing is not { } listing)
        {
            var error = loaded.Error!;
            new JObject
            {
                ["$error"] = new JObject { ["id"] = error.Id, ["message"] = error.Message, ["location"] = error.Location.ToString() },
                ["id"] = error.ListingId,
            }.WriteTo(json);
            return;
        }
        var obj = new JObject
        {
            ["id"] = listing.Id,
            ["format"] = listing.Format,
            ["title"] = listing.Title,
            ["brand"] = listing.Brand,
            ["category"] = new JArray(listing.Category),
            ["price"] = listing.Price is null ? null : new JObject { ["amount"] = listing.Price.Amount, ["currency"] = listing.Price.Currency },
            ["attributes"] = new JArray(listing.Attributes.Select(a => new JObject { ["name"] = a.Name, ["value"] = a.Value })),
            ["variants"] = new JArray(listing.Variants.Select(v => new JObject
            {
                ["sku"] = v.Sku,
                ["title"] = v.Title,
                ["options"] = new JObject(v.Options.GroupBy(o => o.Name).Select(g => new JProperty(g.Key, g.First().Value))),
                ["price"] = v.Price,
                ["stock"] = v.Stock,
                ["image"] = v.Image,
            })),
            ["images"] = new JArray(listing.Images.Select(i => new JObject { ["src"] = i.Src, ["role"] = i.Role, ["resolved"] = i.ResolvedPath, ["outsideRoot"] = i.OutsideRoot })),
            ["page"] = listing.Page,
            ["extra"] = new JObject(listing.Extra.Select(p => new JProperty(p.Key, p.Value))),
            ["$source"] = new JObject(listing.Source.Entries.OrderBy(e => e.Value.Line).ThenBy(e => e.Value.Column)
                .Select(e => new JProperty(e.Key.Length == 0 ? "/" : e.Key, $"{listing.Source.File}:{e.Value.Line}:{e.Value.Column}"))),
        };
        if (listing.Description is not null)
            obj["description"] = listing.Description.Length > 200 ? listing.Description[..200] + "…" : listing.Description;
        obj.WriteTo(json);
    }
}
