using ListingLint.Diagnostics;
using Newtonsoft.Json;

namespace ListingLint.Reporting.Html;

/// <summary>
/// The report's data as one JSON document for the page script: rules and thumbnails once, then the listings.
/// Strings are escaped for HTML (&lt; becomes \u003c) so that listing text cannot close the script element.
/// </summary>
internal static class HtmlReportData
{
    public static void Write(TextWriter writer, RunInfo run, IReadOnlyList<HtmlListing> listings, IReadOnlyDictionary<string, string?> thumbnails)
    {
        using var json = new JsonTextWriter(writer) { CloseOutput = false, StringEscapeHandling = StringEscapeHandling.EscapeHtml };
        var imageIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var imageUris = new List<string>();
        int Image(string? path)
        {
            if (path is null || thumbnails.GetValueOrDefault(path) is not { } uri)
                return -1;
            if (!imageIndex.TryGetValue(path, out var index))
            {
                index = imageIndex[path] = imageUris.Count;
                imageUris.Add(uri);
            }
            return index;
        }

        json.WriteStartObject();
        json.WritePropertyName("version"); json.WriteValue(run.ToolVersion);
        WriteRules(json, run, listings);
        json.WritePropertyName("listings");
        json.WriteStartArray();
        foreach (var listing in listings)
            WriteListing(json, listing, Image);
        json.WriteEndArray();
        json.WritePropertyName("images");
        json.WriteStartArray();
        foreach (var uri in imageUris)
            json.WriteValue(uri);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRules(JsonWriter json, RunInfo run, IReadOnlyList<HtmlListing> listings)
    {
        var descriptors = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (var rule in run.Rules)
            descriptors.TryAdd(rule.Id, rule);
        foreach (var finding in listings.SelectMany(l => l.Findings))
            descriptors.TryAdd(finding.Diagnostic.Id, finding.Diagnostic.Descriptor);
        json.WritePropertyName("rules");
        json.WriteStartObject();
        foreach (var d in descriptors.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            json.WritePropertyName(d.Id);
            json.WriteStartObject();
            json.WritePropertyName("title"); json.WriteValue(d.Title);
            json.WritePropertyName("category"); json.WriteValue(d.Category);
            json.WritePropertyName("prevents"); json.WriteValue(d.Prevents.ToString());
            json.WritePropertyName("help"); json.WriteValue(SafeLink(d.HelpUri));
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteListing(JsonWriter json, HtmlListing l, Func<string?, int> image)
    {
        json.WriteStartObject();
        json.WritePropertyName("n"); json.WriteValue(l.Ordinal);
        json.WritePropertyName("id"); json.WriteValue(l.Id);
        json.WritePropertyName("file"); json.WriteValue(l.File);
        json.WritePropertyName("title"); json.WriteValue(l.Title);
        json.WritePropertyName("loaded"); json.WriteValue(l.Loaded);
        json.WritePropertyName("price"); json.WriteValue(l.Price);
        json.WritePropertyName("amount"); json.WriteValue(l.PriceAmount);
        json.WritePropertyName("cat"); json.WriteValue(l.ProductCategory);
        json.WritePropertyName("grade"); json.WriteValue(l.Assessment.Grade.ToString());
        json.WritePropertyName("score"); json.WriteValue(l.Assessment.Score);
        json.WritePropertyName("risk"); json.WriteValue(l.Assessment.RiskPercent);
        json.WritePropertyName("level"); json.WriteValue(l.Assessment.RiskLevel);
        json.WritePropertyName("thumb"); json.WriteValue(image(l.MainImage));
        json.WritePropertyName("findings");
        json.WriteStartArray();
        foreach (var f in l.Findings)
            WriteFinding(json, f, image);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(JsonWriter json, HtmlFinding f, Func<string?, int> image)
    {
        var d = f.Diagnostic;
        json.WriteStartObject();
        json.WritePropertyName("rule"); json.WriteValue(d.Id);
        json.WritePropertyName("sev"); json.WriteValue((int)d.Severity);
        json.WritePropertyName("msg"); json.WriteValue(d.Message);
        json.WritePropertyName("ptr"); json.WriteValue(d.Location.Pointer);
        json.WritePropertyName("line"); json.WriteValue(d.Location.Line);
        json.WritePropertyName("col"); json.WriteValue(d.Location.Column);
        json.WritePropertyName("ev");
        json.WriteStartArray();
        foreach (var (key, value) in d.Evidence.Items)
        {
            json.WriteStartArray();
            json.WriteValue(key);
            json.WriteValue(value);
            json.WriteValue(f.EvidenceImages.TryGetValue(key, out var path) ? image(path) : -1);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WritePropertyName("img"); json.WriteValue(image(f.Image));
        if (d.Fix is not null)
        {
            json.WritePropertyName("fix"); json.WriteValue(d.Fix);
        }
        // 0 open, 1 suppressed in the listing, 2 baselined.
        json.WritePropertyName("sup"); json.WriteValue((int)d.Suppression);
        if (d.Justification is not null)
        {
            json.WritePropertyName("just"); json.WriteValue(d.Justification);
        }
        json.WriteEndObject();
    }

    /// <summary>Only http(s) help links become links; anything else (javascript:, data:) is dropped.</summary>
    public static string? SafeLink(string? uri) =>
        uri is not null && Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp)
            ? parsed.AbsoluteUri
            : null;
}
