using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model.Images;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ListingLint.Rules.Images;

/// <summary>An image declares itself AI-generated: the listing must disclose it, or show a real photo.</summary>
[Name("LL4007"), Tag(Categories.Images)]
public sealed class LL4007AiGeneratedImage : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL4007",
        title: "AI-generated image",
        messageFormat: "Image '{0}' is AI-generated ({1}: {2}); disclose it or show a photo of the real item",
        category: Categories.Images,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.NotAsDescribed,
        description: "A generated picture shows an item that was never photographed; marketplaces require disclosure and buyers dispute what differs.");

    public override void Define()
    {
        ImageFacts image = default!;

        When()
            .Match(() => image, i => i.Provenance == ImageProvenance.AiGenerated);
        Then()
            .Do(ctx => Report(ctx, image));
    }

    private static void Report(IContext ctx, ImageFacts image) =>
        ctx.Report(Descriptor, null, image.Location,
            Evidence.Of(("image", image.Src), ("field", image.Evidence?.Field), ("value", image.Evidence?.Value), ("tool", image.Tool)),
            "Mark the image as AI-generated in the listing, or replace it with a photo of the item",
            image.Src, image.Evidence?.Field, image.Evidence?.Value);
}
