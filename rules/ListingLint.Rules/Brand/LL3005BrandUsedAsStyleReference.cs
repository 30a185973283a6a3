using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Brand;

/// <summary>A brand is borrowed rather than sold: a style reference, copy wording next to it, or a competitor named as a keyword.</summary>
[Name("LL3005"), Tag(Categories.Brand)]
public sealed class LL3005BrandUsedAsStyleReference : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL3005",
        title: "Brand used as a style reference, copy or keyword",
        messageFormat: "The {0} uses {1} as {2} (\"{3}\")",
        category: Categories.Brand,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.IntellectualProperty,
        description: "Naming another brand to describe a look-alike (\"Nike Air Max style\", \"inspired by Chanel\"), next to copy wording (\"replica\", \"1:1\", \"AAA quality\") or as a search keyword is trademark misuse under marketplace IP policies: the listing is removed and the store receives IP penalty points.");

    public override void Define()
    {
        BrandMention mention = default!;

        When()
            .Match(() => mention, m => m.IsMisuse);
        Then()
            .Do(ctx => Report(ctx, mention));
    }

    private static void Report(NRules.RuleModel.IContext ctx, BrandMention mention) =>
        ctx.Report(
            Descriptor,
            mention.Role == MentionRole.Keyword ? Severity.Warning : Severity.Error,
            mention.Location,
            Evidence.Of(("brand", mention.Brand), ("matched", mention.Matched), ("use", Use(mention.Role)), ("cue", mention.Cue), ("field", mention.Field)),
            Fix(mention),
            mention.Field, mention.Matched, Use(mention.Role), mention.Cue);

    private static string Use(MentionRole role) => role switch
    {
        MentionRole.StyleReference => "a style reference",
        MentionRole.Counterfeit => "the brand of a copy",
        _ => "a search keyword",
    };

    private static string Fix(BrandMention mention) => mention.Role == MentionRole.Keyword
        ? $"Remove {mention.Matched} from the title: it is not the item's brand"
        : $"Describe the item's own design without naming {mention.Matched} or copy wording";
}
