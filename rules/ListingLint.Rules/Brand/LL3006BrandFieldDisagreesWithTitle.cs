using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Brand;

/// <summary>The brand field names one brand and the title sells the item as another.</summary>
[Name("LL3006"), Tag(Categories.Brand)]
public sealed class LL3006BrandFieldDisagreesWithTitle : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL3006",
        title: "Brand field disagrees with the title's brand",
        messageFormat: "The brand field says {0}, but the title sells the item as {1}",
        category: Categories.Brand,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.IntellectualProperty,
        description: "A brand field that names a different brand than the title is either a mistake the buyer will dispute (\"not the brand I ordered\") or a way around the marketplace's brand check, which flags the listing for review.");

    public override void Define()
    {
        BrandField field = default!;
        BrandMention titleBrand = default!;

        When()
            .Match(() => field, f => !f.IsGeneric)
            .Match(() => titleBrand, m => m.Where == MentionSource.Title, m => m.ClaimsProduct || m.Role == MentionRole.UnregisteredBrand, m => m.Brand != field.Brand)
            .Not<BrandMention>(m => m.Where == MentionSource.Title && m.Brand == field.Brand);
        Then()
            .Do(ctx => Report(ctx, field, titleBrand));
    }

    private static void Report(NRules.RuleModel.IContext ctx, BrandField field, BrandMention titleBrand) =>
        ctx.Report(
            Descriptor,
            null,
            field.Location,
            titleBrand.Role == MentionRole.UnregisteredBrand
                ? Evidence.Of(("brandField", field.Value), ("titleBrand", titleBrand.Matched)).And("registered", false)
                : Evidence.Of(("brandField", field.Value), ("titleBrand", titleBrand.Matched)).And("registryBrand", titleBrand.Brand),
            $"Set the brand field to the item's real brand, or remove {titleBrand.Matched} from the title",
            field.Value, titleBrand.Matched);
}
