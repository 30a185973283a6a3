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
    private readonly ConcurrentDictionary<DiagnosticDescriptor, (bool Enabled, Severity? Explicit)> _policy = new();

    private AuditEngine(RuleCatalog catalog, IReadOnlyList<RuleInfo> enabled, ISessionFactory factory, IReadOnlyList<IFactProvider> providers, AuditConfiguration configuration)
    {
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
        var definitions = repository.GetRules().Concat(extraRules?.Where(r => enabledNames.Contains(r.Name)) ?? []);
        var factory = new RuleCompiler().Compile(definitions);
        var providers = catalog.FactProviders.Select(t => CreateProvider(t, configuration)).ToArray();
        var engine = new AuditEngine(catalog, enabled, factory, providers, configuration);
        if (only is not null)
        {
            foreach (var descriptor in catalog.Descriptors.Where(d => !only.Contains(d.Id) && d.Category != Categories.Engine))
                engine._policy[descriptor] = (false, null);
        }
        return engine;
    }

    public IReadOnlyList<Diagnostic> Audit(Listing listing)
    {
        var session = _factory.CreateSession();
        var crashes = new List<Diagnostic>();
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            e.IsHandled = true;
            foreach (var rule in e.Rules)
                crashes.Add(Crash(listing, rule.Name, e.Exception!));
        };
        session.Events.RhsExpressionFailedEvent += (_, e) =>
        {
            e.IsHandled = true;
            crashes.Add(Crash(listing, e.Match.Rule.Name, e.Exception!));
        };

        session.Insert(listing);
        session.InsertAll(listing.Attributes);
        session.InsertAll(listing.Variants);
        session.InsertAll(listing.Images);
        foreach (var provider in _providers)
        {
            try
            {
                session.InsertAll(provider.GetFacts(listing).ToArray());
            }
            catch (Exception e)
            {
                crashes.Add(Crash(listing, provider.GetType().Name, e));
            }
        }
        try
        {
            session.Fire();
        }
        catch (Exception e)
        {
            crashes.Add(Crash(listing, "engine", e.InnerException ?? e));
        }

        var diagnostics = new List<Diagnostic>();
        foreach (var finding in session.Query<Finding>())
        {
            var (enabled, explicitSeverity) = Policy(finding.Descriptor);
            if (!enabled)
                continue;
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
        diagnostics.AddRange(crashes.DistinctBy(c => c.Message));
        var result = InSourceSuppressions.Apply(listing, diagnostics, Catalog);
        result.Sort(DiagnosticOrder.Instance);
        return result;
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
