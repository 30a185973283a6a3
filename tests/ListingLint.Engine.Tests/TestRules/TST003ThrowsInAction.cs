using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model;
using NRules.Fluent.Dsl;

namespace ListingLint.Engine.Tests.TestRules;

/// <summary>Throws in its action for every listing with a variant, to prove a crashing action becomes LL0001.</summary>
[Name("TST003")]
public sealed class TST003ThrowsInAction : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(id: "TST003", title: "Throws in action", messageFormat: "never",
        category: Categories.Variants, defaultSeverity: Severity.Warning, prevents: DisputeKind.None);

    public override void Define()
    {
        Variant variant = default!;
        When().Match(() => variant);
        Then().Do(ctx => Explode(variant));
    }

    private static void Explode(Variant variant) => throw new ArgumentException($"action exploded on {variant.Sku}");
}
