using ListingLint.Diagnostics;
using Newtonsoft.Json;

namespace ListingLint.Reporting.Formats;

/// <summary>
/// SARIF 2.1.0, streamed. Each result names its listing (<c>properties.listingId</c> and a logical location
/// with the JSON pointer); suppressed and baselined findings stay in the log with <c>suppressions</c>.
/// </summary>
public sealed class SarifFormat(TextWriter writer) : IReportFormat
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string SourceRoot = "SRCROOT";

    private readonly JsonTextWriter _json = new(writer) { Formatting = Formatting.Indented, CloseOutput = false };
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);
    private string _workingDirectory = "";

    public void Begin(RunInfo run)
    {
        _workingDirectory = run.WorkingDirectory;
        _json.WriteStartObject();
        Property("$schema", SchemaUri);
        Property("version", "2.1.0");
        _json.WritePropertyName("runs");
        _json.WriteStartArray();
        _json.WriteStartObject();
        WriteTool(run);
        _json.WritePropertyName("originalUriBaseIds");
        _json.WriteStartObject();
        _json.WritePropertyName(SourceRoot);
        _json.WriteStartObject();
        Property("uri", new Uri(EnsureTrailingSeparator(run.WorkingDirectory)).AbsoluteUri);
        _json.WriteEndObject();
        _json.WriteEndObject();
        Property("columnKind", "utf16CodeUnits");
        _json.WritePropertyName("results");
        _json.WriteStartArray();
    }

    public void Write(ListingReport report)
    {
        foreach (var diagnostic in report.Diagnostics)
            WriteResult(diagnostic);
    }

    public void End(AuditSummary summary)
    {
        _json.WriteEndArray();
        _json.WritePropertyName("invocations");
        _json.WriteStartArray();
        _json.WriteStartObject();
        _json.WritePropertyName("executionSuccessful"); _json.WriteValue(true);
        _json.WritePropertyName("properties");
        _json.WriteStartObject();
        _json.WritePropertyName("listings"); _json.WriteValue(summary.Listings);
        _json.WritePropertyName("flagged"); _json.WriteValue(summary.Flagged);
        _json.WritePropertyName("suppressed"); _json.WriteValue(summary.Suppressed);
        _json.WritePropertyName("baselined"); _json.WriteValue(summary.Baselined);
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        writer.WriteLine();
    }

    private void WriteTool(RunInfo run)
    {
        _json.WritePropertyName("tool");
        _json.WriteStartObject();
        _json.WritePropertyName("driver");
        _json.WriteStartObject();
        Property("name", RunInfo.ToolName);
        Property("version", run.ToolVersion);
        Property("semanticVersion", run.ToolVersion);
        Property("informationUri", RunInfo.InformationUri);
        _json.WritePropertyName("rules");
        _json.WriteStartArray();
        foreach (var rule in run.Rules)
        {
            _ruleIndex[rule.Id] = _ruleIndex.Count;
            _json.WriteStartObject();
            Property("id", rule.Id);
            Property("name", PascalName(rule.Title));
            Message("shortDescription", rule.Title);
            Message("fullDescription", rule.Description);
            if (rule.HelpUri is not null)
                Property("helpUri", rule.HelpUri);
            _json.WritePropertyName("defaultConfiguration");
            _json.WriteStartObject();
            Property("level", Level(run.EffectiveSeverities.TryGetValue(rule.Id, out var severity) ? severity : rule.DefaultSeverity));
            _json.WritePropertyName("enabled"); _json.WriteValue(run.EffectiveSeverities.ContainsKey(rule.Id));
            _json.WriteEndObject();
            _json.WritePropertyName("properties");
            _json.WriteStartObject();
            Property("category", rule.Category);
            Property("prevents", rule.Prevents.ToString());
            _json.WriteEndObject();
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    private void WriteResult(Diagnostic d)
    {
        _json.WriteStartObject();
        Property("ruleId", d.Id);
        if (_ruleIndex.TryGetValue(d.Id, out var index))
        {
            _json.WritePropertyName("ruleIndex"); _json.WriteValue(index);
        }
        Property("level", Level(d.Severity));
        Message("message", d.Message);
        _json.WritePropertyName("locations");
        _json.WriteStartArray();
        _json.WriteStartObject();
        if (d.Location.File.Length > 0)
            WritePhysicalLocation(d);
        _json.WritePropertyName("logicalLocations");
        _json.WriteStartArray();
        _json.WriteStartObject();
        Property("name", d.Location.Pointer.Length > 0 ? d.Location.Pointer : "/");
        Property("fullyQualifiedName", d.ListingId + d.Location.Pointer);
        Property("kind", "element");
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WritePropertyName("partialFingerprints");
        _json.WriteStartObject();
        Property("listingFinding/v1", d.Fingerprint);
        _json.WriteEndObject();
        if (d.IsSuppressed)
            WriteSuppression(d);
        _json.WritePropertyName("properties");
        _json.WriteStartObject();
        Property("listingId", d.ListingId);
        if (d.Location.Pointer.Length > 0)
            Property("jsonPointer", d.Location.Pointer);
        if (!d.Evidence.IsEmpty)
        {
            _json.WritePropertyName("evidence");
            _json.WriteStartObject();
            foreach (var (key, value) in d.Evidence.Items)
                Property(key, value);
            _json.WriteEndObject();
        }
        if (d.Fix is not null)
            Property("fix", d.Fix);
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    private void WritePhysicalLocation(Diagnostic d)
    {
        _json.WritePropertyName("physicalLocation");
        _json.WriteStartObject();
        _json.WritePropertyName("artifactLocation");
        _json.WriteStartObject();
        Property("uri", ArtifactUri(d.Location.File));
        if (!Path.IsPathRooted(d.Location.File))
            Property("uriBaseId", SourceRoot);
        _json.WriteEndObject();
        if (d.Location.HasPosition)
        {
            _json.WritePropertyName("region");
            _json.WriteStartObject();
            _json.WritePropertyName("startLine"); _json.WriteValue(d.Location.Line);
            if (d.Location.Column > 0)
            {
                _json.WritePropertyName("startColumn"); _json.WriteValue(d.Location.Column);
            }
            _json.WriteEndObject();
        }
        _json.WriteEndObject();
    }

    private void WriteSuppression(Diagnostic d)
    {
        _json.WritePropertyName("suppressions");
        _json.WriteStartArray();
        _json.WriteStartObject();
        Property("kind", d.Suppression == SuppressionKind.InSource ? "inSource" : "external");
        Property("status", "accepted");
        if (d.Justification is not null)
            Property("justification", d.Justification);
        else if (d.Suppression == SuppressionKind.Baseline)
            Property("justification", "in baseline");
        _json.WriteEndObject();
        _json.WriteEndArray();
    }

    private string ArtifactUri(string file)
    {
        if (Path.IsPathRooted(file))
        {
            var relative = Path.GetRelativePath(_workingDirectory, file);
            if (!relative.StartsWith("..", StringComparison.Ordinal))
                return Escape(relative);
            return new Uri(file).AbsoluteUri;
        }
        return Escape(file);
    }

    private static string Escape(string relativePath) =>
        string.Join('/', relativePath.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private void Message(string name, string text)
    {
        _json.WritePropertyName(name);
        _json.WriteStartObject();
        Property("text", text);
        _json.WriteEndObject();
    }

    private void Property(string name, string value)
    {
        _json.WritePropertyName(name);
        _json.WriteValue(value);
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    private static string PascalName(string title) =>
        string.Concat(title.Split([' ', '-', '/', '(', ')', ',', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static string EnsureTrailingSeparator(string path) =>
        path.EndsWith(Path.DirectorySeparatorChar) ? path : path + Path.DirectorySeparatorChar;
}
