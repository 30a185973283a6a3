using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Text;

/// <summary>A title repeats a word or lists synonyms of the product to catch more searches.</summary>
[Name("LL5002"), Tag(Categories.Text)]
public sealed class LL5002KeywordStuffing : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL5002",
        title: "Keyword stuffing in title",
        messageFormat: "Title {0}",
        category: Categories.Text,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.ListingPolicy,
        description: "AliExpress's listing rules forbid repeated keywords and keyword lists in titles and demote such listings in search; buyers also read them as spam.");

    public override void Define()
    {
        // Measured on 121 real AliExpress search titles: a head noun three times is common (25 titles: "Drill … Drill … Drill Bit"),
        // four or more is rare (4 titles) and reads as stuffing. So three is info, four is a warning.
        var infoRepeats = Options.Integer("infoRepeats", 3);
        var warningRepeats = Options.Integer("warningRepeats", 4);
        var minSynonyms = Options.Integer("minSynonyms", 3);
        TitleText title = default!;

        // A plain condition rather than Let/Having: NRules allocates binding tuples per session for Let, and the finder is
        // cheap enough to run again in the (rare) action.
        When()
            .Match(() => title, t => IsStuffed(KeywordStuffingFinder.Find(t), infoRepeats, minSynonyms));
        Then()
            .Do(ctx => Report(ctx, title, warningRepeats, minSynonyms));
    }

    private static bool IsStuffed(KeywordStuffing stuffing, int infoRepeats, int minSynonyms) =>
        stuffing.Count >= infoRepeats || stuffing.Synonyms.Count >= minSynonyms;

    private static void Report(NRules.RuleModel.IContext ctx, TitleText title, int warningRepeats, int minSynonyms)
    {
        var stuffing = KeywordStuffingFinder.Find(title);
        var synonyms = stuffing.Synonyms.Count >= minSynonyms;
        var strong = synonyms || stuffing.Count >= warningRepeats;
        var what = synonyms
            ? $"lists {stuffing.Synonyms.Count} names for the same item ({string.Join(", ", stuffing.Synonyms)})"
            : $"repeats \"{stuffing.Word}\" {stuffing.Count} times";
        ctx.Report(
            Descriptor,
            strong ? Severity.Warning : Severity.Info,
            title.Location,
            Evidence.Of(("word", stuffing.Word), ("count", stuffing.Count), ("synonyms", string.Join(",", stuffing.Synonyms))),
            "Name the product once, then its distinguishing features; put search terms in the listing's keywords field",
            what);
    }
}
