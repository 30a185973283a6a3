using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Text;

/// <summary>A title carries sales talk ("free shipping", "hot sale", "best", "100% quality") instead of facts about the item.</summary>
[Name("LL5003"), Tag(Categories.Text)]
public sealed class LL5003PromotionalPhrase : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL5003",
        title: "Promotional phrase in title",
        messageFormat: "Title contains promotional wording: {0}",
        category: Categories.Text,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.ListingPolicy,
        description: "Marketplace title rules (AliExpress, Amazon, eBay) bar shipping terms, prices and superlatives from titles; they may change at any time and buyers hold the seller to them.");

    public override void Define()
    {
        TitleText title = default!;

        When()
            .Match(() => title, t => PromotionalPhrases.Find(t.SingularWords).Any);
        Then()
            .Do(ctx => Report(ctx, title));
    }

    private static void Report(NRules.RuleModel.IContext ctx, TitleText title)
    {
        var found = PromotionalPhrases.Find(title.SingularWords);
        var (strong, weak) = (found.Strong, found.Weak);
        var phrases = strong.Concat(weak).Distinct().ToArray();
        ctx.Report(
            Descriptor,
            strong.Count > 0 ? Severity.Warning : Severity.Info,
            title.Location,
            Evidence.Of(("phrases", string.Join(", ", phrases)), ("strong", strong.Count)),
            "Remove shipping terms, prices and superlatives from the title; put offers in the store's promotions",
            string.Join(", ", phrases.Select(p => $"\"{p}\"")));
    }
}
