using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Text;

/// <summary>The title does not say what is sold: it is empty, a placeholder, promotion only, or the brand and a model code alone.</summary>
[Name("LL5006"), Tag(Categories.Text)]
public sealed class LL5006TitleNamesNoProduct : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL5006",
        title: "Title does not name a product",
        messageFormat: "Title \"{0}\" {1}",
        category: Categories.Text,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.NotAsDescribed,
        description: "A buyer who cannot tell from the title what the item is buys on the photo alone, and a mismatch becomes an 'item not as described' dispute; marketplaces also reject titles without a product noun.");

    public override void Define()
    {
        TitleText title = default!;

        When()
            .Match(() => title, t => ProductNamingCheck.Classify(t) != ProductNaming.Named);
        Then()
            .Do(ctx => Report(ctx, title));
    }

    private static void Report(NRules.RuleModel.IContext ctx, TitleText title)
    {
        var naming = ProductNamingCheck.Classify(title);
        ctx.Report(
            Descriptor,
            naming == ProductNaming.Nothing ? Severity.Warning : Severity.Info,
            title.Location,
            Evidence.Of(("title", title.Title), ("brand", title.Listing.Brand), ("verdict", naming)),
            "Start the title with what the item is (\"Cordless Drill\", \"Wool Scarf\"), then brand, model and key features",
            title.Title,
            string.IsNullOrWhiteSpace(title.Title) ? "is empty: the listing has no title"
                : naming == ProductNaming.Nothing ? "names no product: only placeholders, promotion, numbers or codes"
                : "names only a brand or model code, not what the item is");
    }
}
