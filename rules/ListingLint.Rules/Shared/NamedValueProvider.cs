using ListingLint.Engine.Authoring;
using ListingLint.Model;

namespace ListingLint.Rules.Shared;

public sealed class NamedValueProvider : IFactProvider
{
    public IReadOnlyCollection<Type> FactTypes { get; } = [typeof(NamedValue)];

    public IEnumerable<object> GetFacts(Listing listing)
    {
        foreach (var attribute in listing.Attributes)
            yield return new NamedValue(attribute.Name, attribute.Value, NamedValueSource.Attribute, null, attribute.Location);
        foreach (var variant in listing.Variants)
        {
            foreach (var option in variant.Options)
                yield return new NamedValue(option.Name, option.Value, NamedValueSource.VariantOption, variant.Index, option.Location);
        }
    }
}
