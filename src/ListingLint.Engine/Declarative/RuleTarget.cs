using ListingLint.Model;

namespace ListingLint.Engine.Declarative;

/// <summary>What a declarative rule's <c>for</c> names: the fact type it matches, one finding per matching fact.</summary>
public sealed record RuleTarget(string Name, Type FactType)
{
    public static readonly RuleTarget Listing = new("listing", typeof(Listing));
    public static readonly RuleTarget Attribute = new("attribute", typeof(ListingAttribute));
    public static readonly RuleTarget Variant = new("variant", typeof(Variant));
    public static readonly RuleTarget Image = new("image", typeof(ImageRef));

    public static IReadOnlyList<RuleTarget> All { get; } = [Listing, Attribute, Variant, Image];

    public static RuleTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>Where a finding on a whole fact of this kind points.</summary>
    public static Location LocationOf(object fact) => fact switch
    {
        Model.Listing listing => listing.Location,
        ListingAttribute attribute => attribute.Location,
        Variant variant => variant.Location,
        ImageRef image => image.Location,
        _ => Location.None,
    };
}
