using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model.Images;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ListingLint.Rules.Images;

/// <summary>An image file is missing, unreadable, truncated, not an image, or too large to open safely.</summary>
[Name("LL4006"), Tag(Categories.Images)]
public sealed class LL4006BrokenImage : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL4006",
        title: "Image file is missing or broken",
        messageFormat: "Image '{0}' {1}: {2}",
        category: Categories.Images,
        defaultSeverity: Severity.Error,
        prevents: DisputeKind.ListingPolicy,
        description: "A broken or missing image shows as an empty frame or a grey half-picture; the marketplace rejects the listing or buyers see nothing to judge.");

    public override void Define()
    {
        ImageProblem problem = default!;

        When()
            .Match(() => problem);
        Then()
            .Do(ctx => Report(ctx, problem));
    }

    private static void Report(IContext ctx, ImageProblem problem) =>
        ctx.Report(Descriptor, SeverityOf(problem.Kind), problem.Location,
            Evidence.Of(("image", problem.Src), ("problem", problem.Kind.ToString()), ("detail", problem.Detail)),
            FixOf(problem.Kind),
            problem.Src, Describe(problem.Kind), problem.Detail);

    // A truncated or oversized file still shows something (or can be checked by hand); a missing or garbage one shows nothing.
    private static Severity SeverityOf(ImageProblemKind kind) =>
        kind is ImageProblemKind.Truncated or ImageProblemKind.TooLarge ? Severity.Warning : Severity.Error;

    private static string Describe(ImageProblemKind kind) => kind switch
    {
        ImageProblemKind.Missing => "does not exist",
        ImageProblemKind.Unreadable => "cannot be read",
        ImageProblemKind.NotAnImage => "is not an image",
        ImageProblemKind.Truncated => "is truncated",
        ImageProblemKind.TooLarge => "is too large to check",
        ImageProblemKind.DecodeFailed => "cannot be decoded",
        ImageProblemKind.OutsideRoot => "is outside the folder being audited",
        _ => "is broken",
    };

    private static string FixOf(ImageProblemKind kind) => kind switch
    {
        ImageProblemKind.Missing => "Fix the path or add the file",
        ImageProblemKind.TooLarge => "Export the image at a normal size (a few megapixels)",
        ImageProblemKind.OutsideRoot => "Keep images inside the listing's folder, or set images.root in listinglint.json",
        _ => "Export the image again from the original and upload the new file",
    };
}
