using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model.Images;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ListingLint.Rules.Images;

/// <summary>An image is too small for the marketplace's zoom view.</summary>
[Name("LL4005"), Tag(Categories.Images)]
public sealed class LL4005ImageTooSmallForZoom : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL4005",
        title: "Image too small for zoom",
        messageFormat: "Image '{0}' is {1}x{2} px; zoom needs at least {3} px on the longest side",
        category: Categories.Images,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.NotAsDescribed,
        description: "Buyers zoom in to check material, stitching and labels; a small image hides exactly what they later dispute.");

    public override void Define()
    {
        // AliExpress and most marketplaces enable zoom from 800 px on the longest side.
        var minimum = Options.Integer("minLongestSide", 800);
        ImageFacts image = default!;

        When()
            .Match(() => image, i => i.LongestSide < minimum);
        Then()
            .Do(ctx => Report(ctx, image, minimum));
    }

    private static void Report(IContext ctx, ImageFacts image, int minimum) =>
        ctx.Report(Descriptor, null, image.Location,
            Evidence.Of(("image", image.Src), ("width", image.Width), ("height", image.Height), ("minLongestSide", minimum)),
            $"Upload the photo at {minimum} px or more on its longest side",
            image.Src, image.Width, image.Height, minimum);
}
