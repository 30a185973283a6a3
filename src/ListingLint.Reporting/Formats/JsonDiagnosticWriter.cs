using ListingLint.Diagnostics;
using Newtonsoft.Json;

namespace ListingLint.Reporting.Formats;

/// <summary>Writes one diagnostic as the JSON object used by the json format.</summary>
internal static class JsonDiagnosticWriter
{
    public static void Write(JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WritePropertyName("ruleId"); json.WriteValue(d.Id);
        json.WritePropertyName("severity"); json.WriteValue(d.Severity.ToName());
        json.WritePropertyName("category"); json.WriteValue(d.Descriptor.Category);
        json.WritePropertyName("message"); json.WriteValue(d.Message);
        json.WritePropertyName("listingId"); json.WriteValue(d.ListingId);
        json.WritePropertyName("location");
        json.WriteStartObject();
        json.WritePropertyName("file"); json.WriteValue(d.Location.File);
        json.WritePropertyName("pointer"); json.WriteValue(d.Location.Pointer);
        json.WritePropertyName("line"); json.WriteValue(d.Location.Line);
        json.WritePropertyName("column"); json.WriteValue(d.Location.Column);
        json.WriteEndObject();
        json.WritePropertyName("evidence");
        json.WriteStartObject();
        foreach (var (key, value) in d.Evidence.Items)
        {
            json.WritePropertyName(key);
            json.WriteValue(value);
        }
        json.WriteEndObject();
        if (d.Fix is not null)
        {
            json.WritePropertyName("fix"); json.WriteValue(d.Fix);
        }
        if (d.IsSuppressed)
        {
            json.WritePropertyName("suppression");
            json.WriteStartObject();
            json.WritePropertyName("kind"); json.WriteValue(d.Suppression == SuppressionKind.InSource ? "inSource" : "baseline");
            if (d.Justification is not null)
            {
                json.WritePropertyName("justification"); json.WriteValue(d.Justification);
            }
            json.WriteEndObject();
        }
        json.WritePropertyName("prevents"); json.WriteValue(d.Descriptor.Prevents.ToString());
        json.WritePropertyName("helpUri"); json.WriteValue(d.Descriptor.HelpUri);
        json.WritePropertyName("fingerprint"); json.WriteValue(d.Fingerprint);
        json.WriteEndObject();
    }
}
