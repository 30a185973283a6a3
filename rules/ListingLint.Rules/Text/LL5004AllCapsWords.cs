using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Text;

/// <summary>A title shouts: several words in capitals that are not acronyms, units or the brand.</summary>
[Name("LL5004"), Tag(Categories.Text)]
public sealed class LL5004AllCapsWords : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL5004",
        title: "Title words in capitals",
        messageFormat: "Title writes {0} words in capitals: {1}",
        category: Categories.Text,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.ListingPolicy,
        description: "Marketplace style rules ask for title case; capitals are read as shouting and AliExpress and Amazon both list them as a reason to edit a title.");

    public override void Define()
    {
        // Real titles hold one or two capitalised brand or model words after the first word ("… DEKO Pink Drill"); three
        // or more ordinary words in capitals is shouting, and so is a title
        // of three or more words all in capitals ("HOT SALE NEW"). Model trims after a name ("Durango SXT RWD") stay quiet.
        // Acronyms and units (USB, LED, 4K, HDMI, MAH) never count.
        var minWords = Options.Integer("minWords", 3);
        var allowed = Options.List("allowedWords", []).Select(w => w.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        TitleText title = default!;

        When()
            .Match(() => title, t => Shouts(AllCapsWords.Find(t, allowed), minWords));
        Then()
            .Do(ctx => Report(ctx, title, allowed));
    }

    private static bool Shouts(CapsWords caps, int minWords) => caps.Words.Count >= minWords || (caps.WholeTitle && caps.Words.Count >= 2);

    private static void Report(NRules.RuleModel.IContext ctx, TitleText title, IReadOnlySet<string> allowed)
    {
        var words = AllCapsWords.Find(title, allowed).Words;
        ctx.Report(
            Descriptor,
            title.Location,
            Evidence.Of(("words", string.Join(", ", words)), ("count", words.Count)),
            words.Count, string.Join(", ", words.Distinct()));
    }
}
