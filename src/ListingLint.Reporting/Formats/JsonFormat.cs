using ListingLint.Diagnostics;
using Newtonsoft.Json;

namespace ListingLint.Reporting.Formats;

/// <summary>Machine-readable output: every diagnostic with its listing id, location and evidence, then the summary.</summary>
public sealed class JsonFormat(TextWriter writer) : IReportFormat
{
    private readonly JsonTextWriter _json = new(writer) { Formatting = Formatting.Indented, CloseOutput = false };

    public void Begin(RunInfo run)
    {
        _json.WriteStartObject();
        _json.WritePropertyName("tool");
        _json.WriteStartObject();
        _json.WritePropertyName("name"); _json.WriteValue(RunInfo.ToolName);
        _json.WritePropertyName("version"); _json.WriteValue(run.ToolVersion);
        _json.WriteEndObject();
        _json.WritePropertyName("diagnostics");
        _json.WriteStartArray();
    }

    public void Write(ListingReport report)
    {
        foreach (var diagnostic in report.Diagnostics)
            JsonDiagnosticWriter.Write(_json, diagnostic);
    }

    public void End(AuditSummary summary)
    {
        _json.WriteEndArray();
        _json.WritePropertyName("summary");
        _json.WriteStartObject();
        _json.WritePropertyName("listings"); _json.WriteValue(summary.Listings);
        _json.WritePropertyName("flagged"); _json.WriteValue(summary.Flagged);
        _json.WritePropertyName("unreadable"); _json.WriteValue(summary.Unreadable);
        _json.WritePropertyName("errors"); _json.WriteValue(summary.Count(Severity.Error));
        _json.WritePropertyName("warnings"); _json.WriteValue(summary.Count(Severity.Warning));
        _json.WritePropertyName("infos"); _json.WriteValue(summary.Count(Severity.Info));
        _json.WritePropertyName("suppressed"); _json.WriteValue(summary.Suppressed);
        _json.WritePropertyName("baselined"); _json.WriteValue(summary.Baselined);
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.Flush();
        writer.WriteLine();
    }
}
