using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Text;

/// <summary>A title longer than the marketplace shows (and accepts), or too short to say what the item is.</summary>
[Name("LL5001"), Tag(Categories.Text)]
public sealed class LL5001TitleLength : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL5001",
        title: "Title too long or too short",
        messageFormat: "Title is {0} characters; {1}",
        category: Categories.Text,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.ListingPolicy,
        description: "AliExpress accepts at most 128 characters and cuts search titles there; whatever comes after is never read. A very short title leaves the buyer to guess what is sold.");

    public override void Define()
    {
        // 128: AliExpress's limit for a product title (search cards show exactly that many). 10: shorter titles are rare even
        // in grocery catalogs ("Cucumber"), so they are info only.
        var maxLength = Options.Integer("maxLength", 128);
        var minLength = Options.Integer("minLength", 10);
        TitleText title = default!;

        When()
            .Match(() => title, t => t.Title.Trim().Length > 0 && (t.Title.Trim().Length > maxLength || t.Title.Trim().Length < minLength));
        Then()
            .Do(ctx => Report(ctx, title, maxLength, minLength));
    }

    private static void Report(NRules.RuleModel.IContext ctx, TitleText title, int maxLength, int minLength)
    {
        var length = title.Title.Trim().Length;
        var tooLong = length > maxLength;
        ctx.Report(
            Descriptor,
            tooLong ? Severity.Warning : Severity.Info,
            title.Location,
            Evidence.Of(("length", length), ("limit", tooLong ? maxLength : minLength), ("cutAt", tooLong ? title.Title[..maxLength] + "…" : title.Title)),
            tooLong ? $"Shorten the title to {maxLength} characters: keep the product, key specs and model; drop repeats" : "Name the product type and its main feature",
            length, tooLong ? $"marketplaces accept at most {maxLength}" : $"fewer than {minLength} says little about the item");
    }
}
