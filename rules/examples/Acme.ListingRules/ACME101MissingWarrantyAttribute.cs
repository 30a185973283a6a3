using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model;
using NRules.Fluent.Dsl;

namespace Acme.ListingRules;

/// <summary>A listing in a category where Acme promises a warranty does not say what the warranty is.</summary>
[Name("ACME101"), Tag(AcmeCategories.HouseRules)]
public sealed class ACME101MissingWarrantyAttribute : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "ACME101",
        title: "Listing without a warranty attribute",
        messageFormat: "Listing in '{0}' has no 'Warranty' attribute; Acme lists the warranty of every item in this category",
        category: AcmeCategories.HouseRules,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.NotAsDescribed,
        description: "Buyers of electronics open disputes when a fault appears and the listing never said what cover they had.",
        helpUri: AcmeCategories.HelpBase + "ACME101");

    public override void Define()
    {
        var categories = Options.List("categories", ["Consumer Electronics"]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Listing listing = default!;

        When()
            .Match(() => listing, l => InCategories(l, categories))
            .Not<ListingAttribute>(a => IsWarranty(a));
        Then()
            .Do(ctx => Report(ctx, listing, categories));
    }

    private static bool InCategories(Listing listing, IReadOnlySet<string> categories) =>
        listing.Category.Any(categories.Contains);

    private static bool IsWarranty(ListingAttribute attribute) =>
        attribute.Name.Contains("warranty", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(attribute.Value);

    private static void Report(NRules.RuleModel.IContext ctx, Listing listing, IReadOnlySet<string> categories)
    {
        var category = listing.Category.First(categories.Contains);
        ctx.Report(Descriptor, listing.At("/attributes"), Evidence.Of(("category", category)), category);
    }
}
