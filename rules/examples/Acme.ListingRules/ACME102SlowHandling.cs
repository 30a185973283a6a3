using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model;
using NRules.Fluent.Dsl;

namespace Acme.ListingRules;

/// <summary>The listing promises to hand the parcel over later than Acme's service level allows.</summary>
[Name("ACME102"), Tag(AcmeCategories.HouseRules)]
public sealed class ACME102SlowHandling : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "ACME102",
        title: "Handling time above Acme's limit",
        messageFormat: "Handling time of {0} days is above Acme's limit of {1} days",
        category: AcmeCategories.HouseRules,
        defaultSeverity: Severity.Error,
        prevents: DisputeKind.Delivery,
        description: "Acme's stores promise dispatch within a few days; a listing that sets a longer handling time breaks that promise.",
        helpUri: AcmeCategories.HelpBase + "ACME102");

    public override void Define()
    {
        // Acme's service level: parcels leave the warehouse within five working days.
        var maxDays = Options.Integer("maxHandlingDays", 5);
        Listing listing = default!;

        When()
            .Match(() => listing, l => l.Shipping != null && l.Shipping.HandlingDays > maxDays);
        Then()
            .Do(ctx => Report(ctx, listing, maxDays));
    }

    private static void Report(NRules.RuleModel.IContext ctx, Listing listing, int maxDays)
    {
        var days = listing.Shipping!.HandlingDays!.Value;
        ctx.Report(Descriptor, listing.At("/shipping/handlingDays"), Evidence.Of(("handlingDays", days), ("maxHandlingDays", maxDays)), days, maxDays);
    }
}
