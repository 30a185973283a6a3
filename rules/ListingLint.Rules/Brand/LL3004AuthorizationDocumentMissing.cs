using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Brand;

/// <summary>An authorization names a document file that does not exist.</summary>
[Name("LL3004"), Tag(Categories.Brand)]
public sealed class LL3004AuthorizationDocumentMissing : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL3004",
        title: "Brand authorization document not found",
        messageFormat: "The authorization for {0} names the document '{1}', which does not exist",
        category: Categories.Brand,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.IntellectualProperty,
        description: "When a rights holder complains, the store has days to show its authorization; a document that was never filed, or was moved, cannot be shown.");

    public override void Define()
    {
        AuthorizationFact authorization = default!;

        When()
            .Match(() => authorization, a => a.DocumentMissing);
        Then()
            .Do(ctx => Report(ctx, authorization));
    }

    private static void Report(NRules.RuleModel.IContext ctx, AuthorizationFact authorization) =>
        ctx.Report(
            Descriptor,
            null,
            authorization.DocumentLocation,
            Evidence.Of(("brand", authorization.WrittenBrand), ("document", authorization.Document), ("resolved", authorization.DocumentPath), ("source", authorization.Source)),
            $"Put the authorization document at {authorization.DocumentPath}, or correct the path",
            authorization.WrittenBrand, authorization.Document);
}
