using ListingLint.Configuration;
using ListingLint.Engine.Authoring;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace ListingLint.Engine.Hosting;

/// <summary>Creates rule instances and hands each its options before NRules asks it to define itself.</summary>
internal sealed class ConfiguredRuleActivator(AuditConfiguration configuration) : IRuleActivator
{
    public IEnumerable<Rule> Activate(Type type)
    {
        var rule = (Rule)Activator.CreateInstance(type)!;
        if (rule is ListingRule listingRule)
        {
            listingRule.Configuration = configuration;
            listingRule.Options = configuration.OptionsFor(RuleCatalog.NameOf(type));
        }
        yield return rule;
    }
}
