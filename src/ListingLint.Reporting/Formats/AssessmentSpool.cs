using ListingLint.Reporting.Grading;
using Newtonsoft.Json;

namespace ListingLint.Reporting.Formats;

/// <summary>
/// The per-listing grade entries of a JSON report, kept in a temporary file until the diagnostics are written, so that
/// a report of a million listings does not hold a million entries in memory. The file is deleted when disposed.
/// </summary>
internal sealed class AssessmentSpool : IDisposable
{
    private readonly StreamWriter _writer = new(new FileStream(
        Path.Combine(Path.GetTempPath(), $"listinglint-{Guid.NewGuid():N}.grades"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose));

    private JsonTextWriter? _json;

    public void Add(string id, string file, ListingAssessment assessment)
    {
        // One writer for every entry: after a complete object it starts the next one as a new value, and it writes
        // straight through to the file, so the line break lands after the object.
        _json ??= new JsonTextWriter(_writer) { CloseOutput = false, Formatting = Formatting.None };
        _json.WriteStartObject();
        _json.WritePropertyName("listingId"); _json.WriteValue(id);
        _json.WritePropertyName("file"); _json.WriteValue(file);
        _json.WritePropertyName("grade"); _json.WriteValue(assessment.Grade);
        _json.WritePropertyName("score"); _json.WriteValue(assessment.Score);
        _json.WritePropertyName("disputeRisk"); _json.WriteValue(assessment.RiskPercent);
        _json.WritePropertyName("riskLevel"); _json.WriteValue(assessment.RiskLevel);
        _json.WriteEndObject();
        _writer.WriteLine();
    }

    /// <summary>Writes every entry, in the order added, as the elements of an array already started in <paramref name="output"/>.</summary>
    public void CopyTo(JsonWriter output)
    {
        _writer.Flush();
        var stream = _writer.BaseStream;
        stream.Position = 0;
        var reader = new StreamReader(stream, leaveOpen: true);
        while (reader.ReadLine() is { } line)
            output.WriteRawValue(line);
        stream.Seek(0, SeekOrigin.End);
    }

    public void Dispose() => _writer.Dispose();
}
