using System.Globalization;
using System.Text;
using System.Xml;
using ListingLint.Diagnostics;
using ListingLint.Reporting.Grading;

namespace ListingLint.Reporting.Formats;

/// <summary>
/// JUnit XML for CI dashboards: a test suite per input file and a test case per listing, so "tests" counts
/// listings. A listing fails with open findings at warning or error; a listing that could not be loaded, or on
/// which a rule crashed, is an error; info findings and accepted (suppressed, baselined) findings are listed in
/// the case's output without failing it.
/// </summary>
public sealed class JunitFormat(TextWriter writer) : IReportFormat
{
    private readonly List<Suite> _suites = [];
    private readonly Dictionary<string, Suite> _byFile = new(StringComparer.Ordinal);

    private sealed record Case(string ListingId, string? Title, IReadOnlyList<Diagnostic> Diagnostics, ListingAssessment Assessment);

    private sealed class Suite(string file)
    {
        public string File { get; } = file;
        public List<Case> Cases { get; } = [];
    }

    public void Begin(RunInfo run) { }

    public void Write(ListingReport report)
    {
        if (!_byFile.TryGetValue(report.File, out var suite))
        {
            suite = _byFile[report.File] = new Suite(report.File);
            _suites.Add(suite);
        }
        suite.Cases.Add(new Case(report.ListingId, report.Listing?.Title, report.Diagnostics, ListingAssessment.Of(report)));
    }

    public void End(AuditSummary summary)
    {
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false), CloseOutput = false };
        using (var xml = XmlWriter.Create(writer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", RunInfo.ToolName);
            Counts(xml, _suites.SelectMany(s => s.Cases));
            xml.WriteAttributeString("time", Seconds(summary.Duration));
            foreach (var suite in _suites)
                WriteSuite(xml, suite);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        writer.WriteLine();
        writer.Flush();
    }

    private static void WriteSuite(XmlWriter xml, Suite suite)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", Clean(suite.File.Length > 0 ? suite.File : "(no file)"));
        Counts(xml, suite.Cases);
        xml.WriteAttributeString("time", "0");
        foreach (var c in suite.Cases)
            WriteCase(xml, suite, c);
        xml.WriteEndElement();
    }

    private static void WriteCase(XmlWriter xml, Suite suite, Case c)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", Clean(suite.File));
        xml.WriteAttributeString("name", Clean(c.Title is { Length: > 0 } title ? $"{c.ListingId}: {title}" : c.ListingId));
        xml.WriteAttributeString("time", "0");
        var open = c.Diagnostics.Where(d => !d.IsSuppressed && d.Severity > Severity.Hidden).ToArray();
        var errors = open.Where(IsError).ToArray();
        var failures = open.Where(d => !IsError(d) && d.Severity >= Severity.Warning).ToArray();
        if (errors.Length > 0)
            Outcome(xml, "error", errors);
        else if (failures.Length > 0)
            Outcome(xml, "failure", failures);
        var output = new StringBuilder();
        output.Append(CultureInfo.InvariantCulture, $"grade {c.Assessment.Grade} (score {c.Assessment.Score}/100), dispute risk {c.Assessment.RiskPercent}%\n");
        foreach (var d in open.Where(d => d.Severity == Severity.Info))
            output.Append(Describe(d));
        foreach (var d in c.Diagnostics.Where(d => d.IsSuppressed))
            output.Append(d.Suppression == SuppressionKind.InSource ? "suppressed: " : "baselined: ").Append(Describe(d));
        xml.WriteElementString("system-out", Clean(output.ToString()));
        xml.WriteEndElement();
    }

    private static void Outcome(XmlWriter xml, string element, IReadOnlyList<Diagnostic> findings)
    {
        var worst = findings.Max(d => d.Severity);
        xml.WriteStartElement(element);
        var first = findings.OrderByDescending(d => d.Severity).First();
        var message = findings.Count == 1 ? $"{first.Id}: {first.Message}" : $"{findings.Count} findings, first {first.Id}: {first.Message}";
        xml.WriteAttributeString("message", Clean(message));
        xml.WriteAttributeString("type", worst.ToName());
        xml.WriteString(Clean(string.Concat(findings.Select(Describe))));
        xml.WriteEndElement();
    }

    private static string Describe(Diagnostic d)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{d.Severity.ToName()} {d.Id} at {(d.Location.Pointer.Length > 0 ? d.Location.Pointer : "/")}");
        if (d.Location.HasPosition)
            text.Append(CultureInfo.InvariantCulture, $" ({d.Location.File}:{d.Location.Line}:{d.Location.Column})");
        text.Append(": ").Append(d.Message).Append('\n');
        if (!d.Evidence.IsEmpty)
            text.Append("  evidence: ").Append(d.Evidence).Append('\n');
        if (d.Justification is not null)
            text.Append("  justification: ").Append(d.Justification).Append('\n');
        if (d.Descriptor.HelpUri is not null)
            text.Append("  help: ").Append(d.Descriptor.HelpUri).Append('\n');
        return text.ToString();
    }

    private static bool IsError(Diagnostic d) => d.Id == EngineDescriptors.ListingUnreadable.Id || d.Id == EngineDescriptors.RuleCrashed.Id;

    private static void Counts(XmlWriter xml, IEnumerable<Case> cases)
    {
        int tests = 0, failures = 0, errors = 0;
        foreach (var c in cases)
        {
            tests++;
            var open = c.Diagnostics.Where(d => !d.IsSuppressed && d.Severity > Severity.Hidden).ToArray();
            if (open.Any(IsError))
                errors++;
            else if (open.Any(d => d.Severity >= Severity.Warning))
                failures++;
        }
        xml.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", errors.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("skipped", "0");
    }

    /// <summary>Replaces characters XML 1.0 cannot hold (control characters, lone surrogates) with U+FFFD.</summary>
    public static string Clean(string text)
    {
        StringBuilder? b = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var ok = pair || XmlConvert.IsXmlChar(c);
            if (ok && b is null)
            {
                if (pair) i++;
                continue;
            }
            b ??= new StringBuilder(text, 0, i, text.Length);
            if (pair)
                b.Append(c).Append(text[++i]);
            else
                b.Append(ok ? c : '\uFFFD');
        }
        return b?.ToString() ?? text;
    }

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
