using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Rules.Shared;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Brand;

/// <summary>The listing sells the item as a brand (brand field, or a registry brand its title names as the product's brand) with no authorization for it.</summary>
[Name("LL3001"), Tag(Categories.Brand)]
public sealed class LL3001BrandWithoutAuthorization : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL3001",
        title: "Branded listing without brand authorization",
        messageFormat: "The {0} sells the item as {1}, but neither the listing nor the store's authorizations authorize {2}",
        category: Categories.Brand,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.IntellectualProperty,
        description: "Marketplaces require proof that a store may sell a brand (a trademark registration or the owner's authorization); a branded listing without one is rejected or taken down on a rights holder's complaint, and the store is penalised.");

    public override void Define()
    {
        // The store's own brands need no authorization document in this tool's eyes; compared after normalisation.
        var own = Options.List("ownBrands", []).Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        ProductBrand product = default!;

        When()
            .Match(() => product, p => !own.Contains(TextNormalizer.Normalize(p.Written)) && !own.Contains(TextNormalizer.Normalize(p.Brand)))
            .Not<AuthorizationFact>(a => a.Brand == product.Brand);
        Then()
            .Do(ctx => Report(ctx, product));
    }

    // A brand field naming a brand the registry does not know is often the seller's own label ("Brand Name: ZZNUOMI"):
    // reported as info, so that it is seen but does not fail a warning-level audit; ownBrands silences it.
    private static void Report(NRules.RuleModel.IContext ctx, ProductBrand product) =>
        ctx.Report(
            Descriptor,
            product.Registered ? null : Severity.Info,
            product.Location,
            Evidence.Of(("brand", product.Brand), ("written", product.Written), ("source", SourceName(product.Source)), ("registered", product.Registered)),
            $"Add a brandAuthorization for {product.Written} (or an entry in the store's authorizations file), or remove the brand",
            SourceName(product.Source), product.Written, product.Brand);

    private static string SourceName(MentionSource source) => source == MentionSource.Title ? "title" : "brand field";
}
