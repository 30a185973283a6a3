using System.Reflection;
using ListingLint.Configuration;
using ListingLint.Diagnostics;
using ListingLint.Engine.Declarative;
using ListingLint.Engine.Hosting;
using ListingLint.Loading;
using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Testing;

/// <summary>
/// Runs chosen rules over listings given as JSON text, the way ESLint's RuleTester does: a listing that must fire
/// with an ID at a JSON pointer, or must stay quiet. Works with any test framework: failures throw <see cref="RuleTestException"/>.
/// </summary>
public sealed class RuleTester
{
    private readonly AuditEngine _engine;
    private readonly ListingReader _reader;
    private readonly string? _directory;

    private RuleTester(AuditEngine engine, ListingReader reader, string? directory = null)
    {
        _engine = engine;
        _reader = reader;
        _directory = directory;
    }

    /// <summary>A tester for the given rule classes, with the fact providers of their assemblies and of <paramref name="providerAssemblies"/>.</summary>
    /// <param name="configurationJson">Optional <c>listinglint.json</c> text (rule options, severities).</param>
    /// <param name="providerAssemblies">More assemblies whose fact providers run too (e.g. ListingLint.Imaging for image rules).</param>
    public static RuleTester For(IEnumerable<Type> ruleTypes, string? configurationJson = null, ListingReader? reader = null, IEnumerable<Assembly>? providerAssemblies = null)
    {
        var types = ruleTypes.ToArray();
        var assemblies = types.Select(t => t.Assembly).Concat(providerAssemblies ?? []).Distinct().ToArray();
        var discovered = RuleCatalog.Discover(assemblies);
        var catalog = new RuleCatalog(discovered.Rules.Where(r => types.Contains(r.Type)), discovered.FactProviders);
        var configuration = Configure(configurationJson);
        return new RuleTester(AuditEngine.Create(catalog, configuration), reader ?? new ListingReader());
    }

    public static RuleTester For<TRule>(string? configurationJson = null, params Assembly[] providerAssemblies) =>
        For([typeof(TRule)], configurationJson, providerAssemblies: providerAssemblies);

    public static RuleTester ForAssembly(Assembly assembly, AuditConfiguration configuration, params Assembly[] providerAssemblies) =>
        new(AuditEngine.Create(RuleCatalog.Discover([assembly, .. providerAssemblies]), configuration), new ListingReader());

    /// <summary>The same tester, reading listings given as text as if they were files in <paramref name="directory"/> (so that relative image paths resolve there).</summary>
    public RuleTester In(string directory) => new(_engine, _reader, directory);

    /// <summary>A tester for the declarative rules of a <c>*.rules.json</c> file; a broken file throws <see cref="ConfigurationException"/>.</summary>
    public static RuleTester ForRuleFile(string path, string? configurationJson = null)
    {
        var rules = RuleFileReader.Load(path);
        var catalog = new RuleCatalog(rules.Select(r => r.Info), []);
        return new RuleTester(AuditEngine.Create(catalog, Configure(configurationJson), null, rules.Select(r => r.Definition)), new ListingReader());
    }

    /// <summary>A tester around an engine built by the caller (custom catalog, declarative rules, a plugin's rules).</summary>
    public static RuleTester For(AuditEngine engine, ListingReader? reader = null) => new(engine, reader ?? new ListingReader());

    public AuditEngine Engine => _engine;

    /// <summary>
    /// Loads the listing(s) in <paramref name="json"/> and returns every diagnostic, load errors included. The text
    /// is one batch: providers that observe the whole batch see all its listings before any is audited.
    /// </summary>
    public IReadOnlyList<Diagnostic> Run(string json, string name = "listing.json", string? directory = null)
    {
        var diagnostics = new List<Diagnostic>();
        var results = _reader.LoadText(json, name, directory ?? _directory);
        var observers = _engine.BatchObservers;
        if (observers.Count > 0)
        {
            foreach (var observer in observers)
            {
                foreach (var listing in results.Select(r => r.Listing).OfType<Listing>())
                    observer.Observe(listing);
                observer.Complete();
            }
        }
        foreach (var result in results)
        {
            if (result.Listing is { } listing)
                diagnostics.AddRange(_engine.Audit(listing));
            else
                diagnostics.Add(result.Error!);
        }
        return diagnostics;
    }

    public IReadOnlyList<Diagnostic> Run(Listing listing) => _engine.Audit(listing);

    /// <summary>Asserts that <paramref name="id"/> is reported, at <paramref name="pointer"/> when given; returns the matching diagnostics.</summary>
    public IReadOnlyList<Diagnostic> Fires(string json, string id, string? pointer = null, Severity? severity = null)
    {
        var all = Run(json);
        var matching = all.Where(d => d.Id == id && (pointer is null || d.Location.Pointer == pointer) && (severity is null || d.Severity == severity)).ToArray();
        if (matching.Length == 0)
            throw new RuleTestException($"Expected {id}{(pointer is null ? "" : " at " + pointer)}{(severity is null ? "" : " as " + severity)} but got: {Describe(all)}");
        return matching;
    }

    /// <summary>Asserts that nothing is reported (no rule finding and no load error).</summary>
    public void Quiet(string json)
    {
        var all = Run(json);
        if (all.Count > 0)
            throw new RuleTestException($"Expected no diagnostics but got: {Describe(all)}");
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics.Select(d => $"{d.Id} {d.Severity.ToName()} at {(d.Location.Pointer.Length > 0 ? d.Location.Pointer : "(listing)")}: {d.Message}").ToArray();
        return lines.Length == 0 ? "nothing" : Environment.NewLine + string.Join(Environment.NewLine, lines);
    }

    // A rule under test runs even when it is off by default, unless the test's configuration says otherwise.
    private static AuditConfiguration Configure(string? configurationJson)
    {
        if (configurationJson is null)
            return new AuditConfiguration { Extends = RuleSetName.All };
        var root = JObject.Parse(configurationJson);
        root["extends"] ??= "all";
        return ConfigurationLoader.Parse(root, "listinglint.json", Directory.GetCurrentDirectory());
    }
}
