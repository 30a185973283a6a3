using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model.Images;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ListingLint.Rules.Images;

/// <summary>The same photo is used by a listing of another seller or store in the batch.</summary>
[Name("LL4004"), Tag(Categories.Images)]
public sealed class LL4004PhotoSharedAcrossSellers : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL4004",
        title: "Photo also used by another seller",
        messageFormat: "Image '{0}' is the same picture as '{1}' in listing {2} of seller '{3}' ({4})",
        category: Categories.Images,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.IntellectualProperty,
        description: "When two sellers show the same photo, at most one of them took it; the other is showing someone else's item.");

    public override void Define()
    {
        ImageMatch match = default!;

        When()
            .Match(() => match, m => m.Scope == ImageMatchScope.OtherListing && DifferentSellers(m.Seller, m.OtherSeller))
            .Not<ImageMatch>(o => DifferentSellers(o.Seller, o.OtherSeller) && ImageMatches.IsBetter(o, match));
        Then()
            .Do(ctx => Report(ctx, match));
    }

    // Listings that do not say who sells them are one store's catalog as far as we know: never reported.
    private static bool DifferentSellers(string? seller, string? other) =>
        !string.IsNullOrWhiteSpace(seller) && !string.IsNullOrWhiteSpace(other) && !string.Equals(seller.Trim(), other.Trim(), StringComparison.OrdinalIgnoreCase);

    private static void Report(IContext ctx, ImageMatch match) =>
        ctx.Report(Descriptor, null, match.Location,
            Evidence.Of(ImageMatches.Evidence(match)).And("otherListing", match.OtherListingId).And("seller", match.Seller).And("otherSeller", match.OtherSeller),
            "Use photos you took of the item you ship",
            match.Src, match.OtherSrc, match.OtherListingId, match.OtherSeller, ImageMatches.How(match));
}
