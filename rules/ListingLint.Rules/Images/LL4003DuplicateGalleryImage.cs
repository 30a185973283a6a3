using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model.Images;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ListingLint.Rules.Images;

/// <summary>Two images of one listing are the same picture: the gallery shows fewer views than it seems to.</summary>
[Name("LL4003"), Tag(Categories.Images)]
public sealed class LL4003DuplicateGalleryImage : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL4003",
        title: "Gallery repeats the same picture",
        messageFormat: "Image '{0}' is the same picture as image '{1}' ({2}){3}",
        category: Categories.Images,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.NotAsDescribed,
        description: "Repeating one photo (resized, brightened or flipped) instead of showing other angles hides the sides of the item a buyer would ask about.");

    public override void Define()
    {
        ImageGallery gallery = default!;
        ImageMatch match = default!;

        // The match first: every listing has a gallery, few have a repeated image, and a pattern with no condition
        // puts every fact of its type through a join.
        When()
            .Match(() => match, m => m.Scope == ImageMatchScope.SameListing)
            .Match(() => gallery);
        Then()
            .Do(ctx => Report(ctx, gallery, match));
    }

    // A gallery that collapses to one view has no multi-angle photos at all: that is the warning; a single repeat among real views is info.
    private static void Report(IContext ctx, ImageGallery gallery, ImageMatch match) =>
        ctx.Report(Descriptor, gallery.DistinctViews == 1 ? Severity.Warning : Severity.Info, match.Location,
            Evidence.Of(ImageMatches.Evidence(match)).And("distinctViews", gallery.DistinctViews).And("images", gallery.Analysed),
            "Replace the repeat with a photo from another angle, of the back, the label or the item in use",
            match.Src, match.OtherSrc, ImageMatches.How(match),
            gallery.DistinctViews == 1 ? "; every image of the listing shows the same view" : "");
}
