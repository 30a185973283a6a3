using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model;
using NRules.Fluent.Dsl;

namespace ListingLint.Rules.Attributes;

/// <summary>A listing lacks an attribute that its category's profile requires (a phone without RAM, a dress without Size).</summary>
[Name("LL1005"), Tag(Categories.Attributes)]
public sealed class LL1005RequiredAttributeMissing : ListingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        id: "LL1005",
        title: "Required attribute missing for the category",
        messageFormat: "Listings in '{0}' should state '{1}', and this one does not",
        category: Categories.Attributes,
        defaultSeverity: Severity.Info,
        prevents: DisputeKind.NotAsDescribed,
        description: "A phone without its RAM or a dress without its size leaves the buyer to assume; the category profile says which facts a buyer of that category decides on.");

    public override void Define()
    {
        var profiles = CategoryProfiles.Load(Configuration, Options.Flag("useDefaultProfiles", true));
        Listing listing = default!;

        When()
            .Match(() => listing, l => profiles.Missing(l).Count > 0);
        Then()
            .Do(ctx => Report(ctx, listing, profiles));
    }

    private static void Report(NRules.RuleModel.IContext ctx, Listing listing, CategoryProfiles profiles)
    {
        foreach (var (profile, attribute) in profiles.Missing(listing))
        {
            ctx.Report(
                Descriptor,
                null,
                listing.At("/attributes"),
                Evidence.Of(("profile", profile.Name), ("attribute", attribute.Name), ("accepted", string.Join(", ", attribute.Names)),
                    ("category", string.Join(" > ", listing.Category))),
                $"Add the attribute '{attribute.Name}' with the item's real value",
                profile.Name, attribute.Name);
        }
    }
}
