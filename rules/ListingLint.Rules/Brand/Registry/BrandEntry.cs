namespace ListingLint.Rules.Brand.Registry;

/// <summary>A brand of the registry: its name, the other names it is sold under, and the category keys it sells in.</summary>
/// <param name="Common">The name is also an everyday word ("Apple", "Dove", "Coach"): it needs strong context to count as a brand.</param>
public sealed record BrandEntry(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Categories, bool Common)
{
    public IEnumerable<string> Terms => Aliases.Prepend(Name);

    public bool SellsIn(IReadOnlySet<string> categoryKeys) => Categories.Any(categoryKeys.Contains);
}
