using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model.Images;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ListingLint.Rules.Images;

/// <summary>An image is the same picture as one in the reference catalog (competitors' or stock photos).</summary>
[Name("LL4002"), Tag(Categories.Images)]
public sealed class LL4002ReferenceImageCopied : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL4002",
        title: "Image copied from the reference catalog",
        messageFormat: "Image '{0}' is the same picture as the reference image '{1}' ({2})",
        category: Categories.Images,
        defaultSeverity: Severity.Error,
        prevents: DisputeKind.IntellectualProperty,
        description: "Photos taken from competitors or stock libraries are reported as stolen images and do not show the item the buyer will receive.");

    public override void Define()
    {
        ImageMatch match = default!;

        When()
            .Match(() => match, m => m.Scope == ImageMatchScope.Reference)
            .Not<ImageMatch>(o => ImageMatches.IsBetter(o, match));
        Then()
            .Do(ctx => Report(ctx, match));
    }

    private static void Report(IContext ctx, ImageMatch match) =>
        ctx.Report(Descriptor, null, match.Location, Evidence.Of(ImageMatches.Evidence(match)),
            "Replace it with your own photo of the item you ship",
            match.Src, match.OtherSrc, ImageMatches.How(match));
}
