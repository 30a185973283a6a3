using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Brand;

/// <summary>The title names a brand as what the item fits ("Case for iPhone 15"): allowed, reported for information.</summary>
[Name("LL3007"), Tag(Categories.Brand)]
public sealed class LL3007CompatibilityClaim : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL3007",
        title: "Brand named as a compatibility claim",
        messageFormat: "The title claims the item fits {0} (\"{1}\"); make sure the fit is true and the brand is not presented as the item's",
        category: Categories.Brand,
        defaultSeverity: Severity.Info,
        prevents: DisputeKind.NotAsDescribed,
        description: "Naming the device an accessory fits is nominative use that marketplaces allow; it is reported at info level so that a reviewer can check the claimed fit, which buyers dispute when it is wrong.");

    public override void Define()
    {
        BrandMention mention = default!;

        When()
            .Match(() => mention, m => m.Where == MentionSource.Title, m => m.Role == MentionRole.Compatibility);
        Then()
            .Do(ctx => Report(ctx, mention));
    }

    private static void Report(NRules.RuleModel.IContext ctx, BrandMention mention) =>
        ctx.Report(
            Descriptor,
            null,
            mention.Location,
            Evidence.Of(("brand", mention.Brand), ("matched", mention.Matched), ("cue", mention.Cue)),
            null,
            mention.Brand, $"{mention.Cue} {mention.Matched}".Trim());
}
