using System.Collections.Concurrent;
using ListingLint.Configuration;
using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model;
using NRules;
using NRules.Diagnostics;
using NRules.Fluent;

namespace ListingLint.Engine.Hosting;

/// <summary>
/// Compiles the enabled rules once into one NRules session factory and audits one listing per session.
/// Thread-safe: sessions are created per call, so listings can be audited in parallel.
/// </summary>
public sealed class AuditEngine
{
    private readonly ISessionFactory _factory;
    private readonly IReadOnlyList<IFactProvider> _providers;
    private readonly AuditConfiguration _configuration;
    private readonly PatternTypes _patternTypes;
    // Findings go into the session only when a rule can match them (see FindingSink).
    private readonly bool _findingsAreFacts;
    private readonly ThreadLocal<ListingSession?> _sessions = new();
    private readonly ConcurrentDictionary<DiagnosticDescriptor, (bool Enabled, Severity? Explicit)> _policy = new();

    private AuditEngine(RuleCatalog catalog, IReadOnlyList<RuleInfo> enabled, ISessionFactory factory, PatternTypes patternTypes, IReadOnlyList<IFactProvider> providers, AuditConfiguration configuration)
    {
        _patternTypes = patternTypes;
        _findingsAreFacts = patternTypes.Accepts(typeof(Finding));
        Catalog = catalog;
        EnabledRules = enabled;
        _factory = factory;
        _providers = providers;
        _configuration = configuration;
    }

    public RuleCatalog Catalog { get; }

    public IReadOnlyList<RuleInfo> EnabledRules { get; }

    public AuditConfiguration Configuration => _configuration;

    /// <summary>Providers that need a first pass over the whole batch (see <see cref="IBatchObserver"/>).</summary>
    public IReadOnlyList<IBatchObserver> BatchObservers => _providers.OfType<IBatchObserver>().ToArray();

    /// <param name="only">When given, only rules with one of these IDs run, whatever the configuration says.</param>
    /// <param name="extraRules">Rules already in NRules' model (compiled declarative rules), added to the same factory.</param>
    public static AuditEngine Create(RuleCatalog catalog, AuditConfiguration configuration, IReadOnlySet<string>? only = null,
        IEnumerable<NRules.RuleModel.IRuleDefinition>? extraRules = null)
    {
        bool IsEnabled(RuleInfo rule) =>
            rule.Descriptors.Any(d => (only is null || only.Contains(d.Id)) && configuration.Resolve(d).Enabled);

        var enabled = catalog.Rules.Where(IsEnabled).ToArray();
        var enabledNames = enabled.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var repository = new RuleRepository { Activator = new ConfiguredRuleActivator(configuration) };
        var types = enabled.Where(r => r.Type is not null).Select(r => r.Type!).ToArray();
        repository.Load(x => x.From(types).Where(rule => enabledNames.Contains(rule.Name)));
        var definitions = repository.GetRules().Concat(extraRules?.Where(r => enabledNames.Contains(r.Name)) ?? []).ToArray();
        // Facts are the provider's own objects: identity by reference spares hashing every record's fields on insert.
        var compiler = new RuleCompiler { ExpressionCompiler = new FastRuleExpressionCompiler() };
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        var factory = compiler.Compile(definitions);
        var patternTypes = PatternTypes.Of(definitions);
        var providers = catalog.FactProviders.Select(t => CreateProvider(t, configuration))
            .Where(p => p.FactTypes is not { } types || types.Any(patternTypes.Accepts))
            .ToArray();
        var engine = new AuditEngine(catalog, enabled, factory, patternTypes, providers, configuration);
        if (only is not null)
        {
            foreach (var descriptor in catalog.Descriptors.Where(d => !only.Contains(d.Id) && d.Category != Categories.Engine))
                engine._policy[descriptor] = (false, null);
        }
        return engine;
    }

    public IReadOnlyList<Diagnostic> Audit(Listing listing)
    {
        var pooled = _sessions.Value;
        _sessions.Value = null;
        pooled ??= new ListingSession(_factory.CreateSession(), Crash);
        pooled.Begin(listing);
        var session = pooled.Session;
        var crashes = pooled.Crashes;

        var facts = new List<object>(16);
        // The model's own types are sealed: one look-up per type decides for the whole collection.
        if (_patternTypes.Accepts(typeof(Listing)))
            facts.Add(listing);
        if (_patternTypes.Accepts(typeof(ListingAttribute)))
            facts.AddRange(listing.Attributes);
        if (_patternTypes.Accepts(typeof(Variant)))
            facts.AddRange(listing.Variants);
        if (_patternTypes.Accepts(typeof(ImageRef)))
            facts.AddRange(listing.Images);
        foreach (var provider in _providers)
        {
            var before = facts.Count;
            try
            {
                AddMatchable(facts, provider.GetFacts(listing));
            }
            catch (Exception e)
            {
                facts.RemoveRange(before, facts.Count - before);
                crashes.Add(Crash(listing, provider.GetType().Name, e));
            }
        }
        var inserted = false;
        try
        {
            session.InsertAll(facts);
            inserted = true;
            using (FindingSink.Collect(_findingsAreFacts ? null : pooled.Findings))
                session.Fire();
        }
        catch (Exception e)
        {
            crashes.Add(Crash(listing, "engine", e.InnerException ?? e));
        }

        // Everything left in the session: the listing's facts and what its rules inserted (findings among them when
        // they are facts, or when a rule inserted one itself). Query() is an IQueryable: LINQ on it would compile an
        // expression tree on every call.
        var left = session.Query<object>().AsEnumerable().ToArray();
        var diagnostics = new List<Diagnostic>();
        foreach (var finding in pooled.Findings)
            AddDiagnostic(diagnostics, listing, finding);
        foreach (var fact in left)
        {
            if (fact is Finding finding)
                AddDiagnostic(diagnostics, listing, finding);
        }
        if (crashes.Count > 0)
            diagnostics.AddRange(crashes.DistinctBy(c => c.Message));
        if (inserted && pooled.TryEmpty(left))
            _sessions.Value = pooled;
        var result = InSourceSuppressions.Apply(listing, diagnostics, Catalog);
        result.Sort(DiagnosticOrder.Instance);
        return result;
    }

    private void AddDiagnostic(List<Diagnostic> diagnostics, Listing listing, Finding finding)
    {
        var (enabled, explicitSeverity) = Policy(finding.Descriptor);
        if (!enabled)
            return;
        diagnostics.Add(new Diagnostic
        {
            Descriptor = finding.Descriptor,
            Severity = explicitSeverity ?? finding.Severity ?? finding.Descriptor.DefaultSeverity,
            Message = finding.Message,
            ListingId = listing.Id,
            Location = finding.Location,
            Evidence = finding.Evidence,
            Fix = finding.Fix,
        });
    }

    // Facts no rule pattern accepts are left out (see PatternTypes).
    private void AddMatchable(List<object> facts, IEnumerable<object> candidates)
    {
        foreach (var fact in candidates)
        {
            if (_patternTypes.Accepts(fact.GetType()))
                facts.Add(fact);
        }
    }

    private (bool Enabled, Severity? Explicit) Policy(DiagnosticDescriptor descriptor) =>
        _policy.GetOrAdd(descriptor, d => (_configuration.Resolve(d).Enabled, _configuration.ExplicitSeverity(d)));

    private static Diagnostic Crash(Listing listing, string rule, Exception exception)
    {
        var error = exception is RuleExpressionEvaluationException { InnerException: { } inner } ? inner : exception;
        return new Diagnostic
        {
            Descriptor = EngineDescriptors.RuleCrashed,
            Severity = EngineDescriptors.RuleCrashed.DefaultSeverity,
            Message = string.Format(EngineDescriptors.RuleCrashed.MessageFormat, rule, error.GetType().Name, listing.Id, error.Message),
            ListingId = listing.Id,
            Location = listing.Location,
            Evidence = Evidence.Of(("rule", rule), ("exception", error.GetType().FullName)),
        };
    }

    private static IFactProvider CreateProvider(Type type, AuditConfiguration configuration)
    {
        var withConfiguration = type.GetConstructor([typeof(AuditConfiguration)]);
        return (IFactProvider)(withConfiguration is not null
            ? withConfiguration.Invoke([configuration])
            : Activator.CreateInstance(type)!);
    }
}
