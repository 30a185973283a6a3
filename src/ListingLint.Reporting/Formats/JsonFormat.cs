using ListingLint.Diagnostics;
using ListingLint.Reporting.Grading;
using Newtonsoft.Json;

namespace ListingLint.Reporting.Formats;

/// <summary>
/// Machine-readable output: every diagnostic with its listing id, location and evidence, then each listing's
/// quality grade and dispute risk (docs/grading.md), then the summary.
/// </summary>
public sealed class JsonFormat(TextWriter writer) : IReportFormat
{
    private readonly JsonTextWriter _json = new(writer) { Formatting = Formatting.Indented, CloseOutput = false };
    private readonly AssessmentSpool _assessments = new();
    private readonly int[] _grades = new int[QualityGrade.Grades.Count];

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
        var assessment = ListingAssessment.Of(report);
        _assessments.Add(report.ListingId, report.File, assessment);
        _grades[assessment.Grade - 'A']++;
    }

    public void End(AuditSummary summary)
    {
        _json.WriteEndArray();
        WriteAssessments();
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
        _json.WritePropertyName("grades");
        _json.WriteStartObject();
        foreach (var grade in QualityGrade.Grades)
        {
            _json.WritePropertyName(grade.ToString()); _json.WriteValue(_grades[grade - 'A']);
        }
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.Flush();
        writer.WriteLine();
    }

    private void WriteAssessments()
    {
        _json.WritePropertyName("listings");
        _json.WriteStartArray();
        _assessments.CopyTo(_json);
        _assessments.Dispose();
        _json.WriteEndArray();
    }
}
