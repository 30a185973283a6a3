using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model;
using NRules.RuleModel;

namespace ListingLint.Engine.Declarative;

/// <summary>The action of a compiled declarative rule: a finding at the field that made it fire, with the message filled in.</summary>
public sealed class DeclarativeFiring(DeclarativeRule rule)
{
    /// <param name="listing">The session's listing for listing and variant rules; null for attributes and images, which locate themselves.</param>
    public void Fire(IContext context, Listing? listing, object fact)
    {
        var witness = rule.When.Witness(fact, holds: true);
        var evidence = Evidence.None;
        if (witness is not null)
        {
            var value = witness.Field.Read(fact);
            evidence = Evidence.Of(("field", witness.Field.Text), ("check", witness.Check.Name));
            if (value is not null)
                evidence = evidence.And("value", FieldValues.Text(value));
            if (witness.Check is Checks.RegexCheck && witness.Check.Match(value) is { Length: > 0 } match)
                evidence = evidence.And("match", match);
        }
        context.Report(new Finding
        {
            Descriptor = rule.Descriptor,
            Message = rule.Message.Render(fact, witness),
            Location = witness?.Field.Locate(listing, fact) ?? RuleTarget.LocationOf(fact),
            Evidence = evidence,
        });
    }
}
