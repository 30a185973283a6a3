using System.Globalization;
using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Brand;

/// <summary>The only authorizations for the listing's brand have expired or are not valid yet.</summary>
[Name("LL3002"), Tag(Categories.Brand)]
public sealed class LL3002AuthorizationNotValid : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL3002",
        title: "Brand authorization expired or not yet valid",
        messageFormat: "The authorization for {0} is valid {1}, which does not include {2}",
        category: Categories.Brand,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.IntellectualProperty,
        description: "An authorization outside its validity period does not authorize anything: the marketplace treats the listing as unauthorized.");

    public override void Define()
    {
        // The day the audit is for; an option so that results can be reproduced (and tested) on any date.
        var today = Today(Options.Text("today", ""));
        ProductBrand product = default!;
        AuthorizationFact authorization = default!;

        // The authorization first: most listings name a brand, few carry an authorization, and a pattern with no
        // condition puts every fact of its type through a join.
        When()
            .Match(() => authorization, a => !a.IsValidOn(today))
            .Match(() => product, p => p.Brand == authorization.Brand)
            .Not<AuthorizationFact>(a => a.Brand == product.Brand && a.IsValidOn(today));
        Then()
            .Do(ctx => Report(ctx, authorization, today));
    }

    private DateOnly Today(string configured)
    {
        if (configured.Length == 0)
            return DateOnly.FromDateTime(DateTime.UtcNow);
        return DateOnly.TryParseExact(configured, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new Configuration.ConfigurationException(Options.File, 0, 0, $"option 'today' of rule LL3002 must be a date written yyyy-MM-dd, not \"{configured}\"");
    }

    private static void Report(NRules.RuleModel.IContext ctx, AuthorizationFact authorization, DateOnly today) =>
        ctx.Report(
            Descriptor,
            null,
            authorization.Location,
            Evidence.Of(("brand", authorization.WrittenBrand), ("validFrom", authorization.ValidFromText), ("validUntil", authorization.ValidUntilText),
                ("today", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("source", authorization.Source)),
            authorization.ValidUntil < today ? "Renew the authorization and update validUntil" : "Publish the listing once the authorization is valid",
            authorization.WrittenBrand, authorization.Validity, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
