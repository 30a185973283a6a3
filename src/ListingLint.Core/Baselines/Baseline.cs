using ListingLint.Configuration;
using ListingLint.Diagnostics;
using ListingLint.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Baselines;

/// <summary>Known findings a store has accepted, by fingerprint, so that an audit fails only on new ones.</summary>
public sealed class Baseline
{
    private readonly Dictionary<string, BaselineEntry> _entries;

    public Baseline(IEnumerable<BaselineEntry> entries) =>
        _entries = entries.GroupBy(e => e.Fingerprint).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public static Baseline Empty { get; } = new([]);

    public int Count => _entries.Count;

    public IEnumerable<BaselineEntry> Entries => _entries.Values.OrderBy(e => e.ListingId, StringComparer.Ordinal).ThenBy(e => e.RuleId, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal);

    public bool Contains(Diagnostic diagnostic) => _entries.ContainsKey(diagnostic.Fingerprint);

    public static Baseline Load(string path)
    {
        if (!File.Exists(path))
            throw new ConfigurationException(path, 0, 0, "baseline file not found (create it with --update-baseline)");
        try
        {
            using var reader = new JsonTextReader(File.OpenText(path));
            var root = JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
            if (root is not JObject obj || obj["findings"] is not JArray findings)
                throw ConfigurationException.At(path, root, "a baseline is an object with a 'findings' array");
            return new Baseline(findings.Select(f => Entry(path, f)));
        }
        catch (JsonReaderException e)
        {
            throw new ConfigurationException(path, e.LineNumber, e.LinePosition, "baseline is not valid JSON");
        }
    }

    public void Save(string path) => AtomicFile.Write(path, writer =>
    {
        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
        json.WriteStartObject();
        json.WritePropertyName("version");
        json.WriteValue(1);
        json.WritePropertyName("findings");
        json.WriteStartArray();
        foreach (var entry in Entries)
        {
            json.WriteStartObject();
            json.WritePropertyName("fingerprint"); json.WriteValue(entry.Fingerprint);
            json.WritePropertyName("ruleId"); json.WriteValue(entry.RuleId);
            json.WritePropertyName("listingId"); json.WriteValue(entry.ListingId);
            json.WritePropertyName("message"); json.WriteValue(entry.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        writer.WriteLine();
    });

    private static BaselineEntry Entry(string path, JToken token)
    {
        var fingerprint = token["fingerprint"]?.Type == JTokenType.String ? (string)token["fingerprint"]! : null;
        if (fingerprint is null)
            throw ConfigurationException.At(path, token, "baseline entry has no 'fingerprint'");
        return new BaselineEntry(fingerprint, (string?)token["ruleId"] ?? "", (string?)token["listingId"] ?? "", (string?)token["message"] ?? "");
    }
}
