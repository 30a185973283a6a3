using ListingLint.Configuration;
using NRules.Fluent.Dsl;

namespace ListingLint.Engine.Authoring;

/// <summary>
/// Base class of every ListingLint rule: an NRules rule whose options come from <c>listinglint.json</c>.
/// Options are set before <see cref="Rule.Define"/> runs, so thresholds are compiled into the rule's conditions.
/// </summary>
public abstract class ListingRule : Rule
{
    public RuleOptions Options { get; internal set; } = RuleOptions.Empty;

    public AuditConfiguration Configuration { get; internal set; } = AuditConfiguration.Default;
}
