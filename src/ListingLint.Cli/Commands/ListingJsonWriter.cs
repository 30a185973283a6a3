using ListingLint.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Cli.Commands;

/// <summary>Writes a loaded listing (or its load error) in canonical JSON, with a <c>$source</c> map of every value's location.</summary>
public static class ListingJsonWriter
{
    public static void Write(JsonWriter json, LoadResult loaded, IReadOnlyList<string>? imageFacts = null)
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
            ["$source"] = Sources(listing),
        };
        if (listing.Extra.Count > 0 || listing.Variants.Any(v => v.Extra.Count > 0))
            AddVariantExtras((JArray)obj["variants"]!, listing);
        if (listing.Observations.Count > 0)
            obj["$observations"] = new JArray(listing.Observations.Select(o => new JObject
            {
                ["field"] = o.Field, ["value"] = o.Value, ["source"] = o.Source, ["location"] = Position(o.Location),
            }));
        if (listing.Notes.Count > 0)
            obj["$notes"] = new JArray(listing.Notes.Select(n => new JObject { ["message"] = n.Message, ["location"] = Position(n.Location) }));
        if (listing.LandingPage is { } landing)
            obj["$landingPage"] = LandingPage(landing);
        if (listing.Description is not null)
            obj["description"] = listing.Description.Length > 200 ? listing.Description[..200] + "…" : listing.Description;
        if (imageFacts is not null)
            obj["$images"] = new JArray(imageFacts);
        obj.WriteTo(json);
    }

    // Each value's location, and for values read from a page or an export, the kind of source it came from.
    private static JObject Sources(Listing listing) =>
        new(listing.Source.Entries.OrderBy(e => e.Value.Line).ThenBy(e => e.Value.Column).Select(e =>
        {
            var location = $"{listing.Source.File}:{e.Value.Line}:{e.Value.Column}";
            var source = listing.Source.SourceOf(e.Key);
            return new JProperty(e.Key.Length == 0 ? "/" : e.Key, source is null ? location : $"{source} {location}");
        }));

    private static void AddVariantExtras(JArray variants, Listing listing)
    {
        for (var i = 0; i < variants.Count && i < listing.Variants.Count; i++)
        {
            foreach (var (key, value) in listing.Variants[i].Extra)
                ((JObject)variants[i])[key] = value;
        }
    }

    private static JObject LandingPage(LandingPage landing)
    {
        var page = new JObject { ["path"] = landing.Path, ["problem"] = landing.Problem };
        if (landing.Listing is { } listing)
        {
            var text = new StringWriter();
            using (var writer = new JsonTextWriter(text))
                Write(writer, LoadResult.Loaded(listing));
            page["listing"] = JObject.Parse(text.ToString());
        }
        return page;
    }

    private static string Position(Location location) => $"{location.File}:{location.Line}:{location.Column}";
}
