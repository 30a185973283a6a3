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

    public void Add(string id, string file, ListingAssessment assessment)
    {
        using (var json = new JsonTextWriter(_writer) { CloseOutput = false, Formatting = Formatting.None })
        {
            json.WriteStartObject();
            json.WritePropertyName("listingId"); json.WriteValue(id);
            json.WritePropertyName("file"); json.WriteValue(file);
            json.WritePropertyName("grade"); json.WriteValue(assessment.Grade.ToString());
            json.WritePropertyName("score"); json.WriteValue(assessment.Score);
            json.WritePropertyName("disputeRisk"); json.WriteValue(assessment.RiskPercent);
            json.WritePropertyName("riskLevel"); json.WriteValue(assessment.RiskLevel);
            json.WriteEndObject();
        }
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
