using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Text;

/// <summary>A title holds characters marketplaces reject or strip: emoji, symbols such as ★ or ✔, control or invisible characters, HTML.</summary>
[Name("LL5005"), Tag(Categories.Text)]
public sealed class LL5005RejectedCharacters : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL5005",
        title: "Title contains characters marketplaces reject",
        messageFormat: "Title contains {0}",
        category: Categories.Text,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.ListingPolicy,
        description: "AliExpress, Amazon and Google Shopping refuse or strip emoji, decorative symbols, control characters and HTML in titles; the listing is rejected or shown garbled.");

    public override void Define()
    {
        // Symbols that are part of product facts and accepted by the marketplaces: degrees, trademark signs, numero.
        var allowed = Options.Text("allowedCharacters", "°®™©№");
        TitleText title = default!;

        When()
            .Match(() => title, t => RejectedCharacters.Any(t.Title, allowed));
        Then()
            .Do(ctx => Report(ctx, title, allowed));
    }

    private static void Report(NRules.RuleModel.IContext ctx, TitleText title, string allowed)
    {
        var found = RejectedCharacters.Find(title.Title, allowed);
        ctx.Report(
            Descriptor,
            title.Location,
            Evidence.Of(("characters", string.Join(", ", found))),
            string.Join(", ", found));
    }
}
