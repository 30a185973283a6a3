using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model.Images;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ListingLint.Rules.Images;

/// <summary>Every image of the listing carries editing-software evidence and none is a camera original.</summary>
[Name("LL4001"), Tag(Categories.Images)]
public sealed class LL4001RetouchedOnlyGallery : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL4001",
        title: "Every photo is retouched",
        messageFormat: "All {0} images were saved by editing software ({1}) and none is a camera original",
        category: Categories.Images,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.NotAsDescribed,
        description: "A gallery with only retouched pictures shows the item as it was edited, not as it is; buyers open 'not as described' disputes over colour and shape.");

    public override void Define()
    {
        // Tools the store uses only for exposure or cropping, e.g. ["Adobe Lightroom"]: images saved by them do not count as retouched.
        var allowed = Options.List("allowedTools", []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        ImageGallery gallery = default!;
        IEnumerable<ImageFacts> images = default!;

        When()
            .Match(() => gallery, g => g.AllAnalysed && g.Edited == g.ImageCount)
            .Query(() => images, q => q.Match<ImageFacts>().Collect().Where(c => AllRetouched(c, allowed)));
        Then()
            .Do(ctx => Report(ctx, gallery, images));
    }

    private static bool AllRetouched(IEnumerable<ImageFacts> images, IReadOnlySet<string> allowed) =>
        images.Any() && images.All(i => i.Provenance == ImageProvenance.Edited && (i.Tool is null || !allowed.Contains(i.Tool)));

    private static void Report(IContext ctx, ImageGallery gallery, IEnumerable<ImageFacts> images)
    {
        var ordered = images.OrderBy(i => i.ImageIndex).ToArray();
        var evidence = new List<(string, object?)> { ("tools", string.Join(", ", gallery.Tools)) };
        evidence.AddRange(ordered.Select(i => ((string)$"image {i.ImageIndex}", (object?)$"{i.Src}: {i.Evidence}")));
        ctx.Report(Descriptor, null, gallery.Location, Evidence.Of(evidence.ToArray()),
            "Add at least one unedited photo of the real item (straight from the camera), or show the item as it is",
            ordered.Length, string.Join(", ", gallery.Tools));
    }
}
