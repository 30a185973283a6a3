using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Text;

/// <summary>The title states one piece count and an attribute, the variants or the description state another ("set of 6" vs "Quantity: 4").</summary>
[Name("LL5007"), Tag(Categories.Text)]
public sealed class LL5007QuantityMismatch : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL5007",
        title: "Quantity differs between title and listing details",
        messageFormat: "Title says \"{0}\" but {1} says \"{2}\"",
        category: Categories.Text,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.NotAsDescribed,
        description: "A wrong quantity is one of the 'item not as described' cases AliExpress lists: the buyer counts the pieces in the parcel and the listing's own words decide the dispute.");

    public override void Define()
    {
        var names = QuantityClaims.DefaultAttributeNames.Concat(Options.List("quantityAttributes", []))
            .Select(Shared.TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        var claims = new QuantityClaims(names);
        Listing listing = default!;

        When()
            .Match(() => listing, l => claims.Find(l).Count > 0);
        Then()
            .Do(ctx => Report(ctx, listing, claims));
    }

    private static void Report(NRules.RuleModel.IContext ctx, Listing listing, QuantityClaims claims)
    {
        foreach (var conflict in claims.Find(listing))
        {
            ctx.Report(
                Descriptor,
                conflict.Location,
                Evidence.Of(("title", conflict.Title.Text), ("titleCount", conflict.Title.Value), ("where", conflict.Where), ("stated", conflict.Stated)),
                conflict.Title.Text, conflict.Where, conflict.Stated);
        }
    }
}
