using ListingLint.Engine.Authoring;
using ListingLint.Model;

namespace ListingLint.Rules.Shared;

public sealed class NamedValueProvider : IFactProvider
{
    public IReadOnlyCollection<Type> FactTypes { get; } = [typeof(NamedValues)];

    public IEnumerable<object> GetFacts(Listing listing)
    {
        var values = new List<NamedValue>(listing.Attributes.Count + listing.Variants.Count * 2);
        foreach (var attribute in listing.Attributes)
            values.Add(new NamedValue(attribute.Name, attribute.Value, NamedValueSource.Attribute, null, attribute.Location));
        foreach (var variant in listing.Variants)
        {
            // Index loops: a foreach over the read-only list interface would allocate an enumerator per variant.
            for (var i = 0; i < variant.Options.Count; i++)
            {
                var option = variant.Options[i];
                values.Add(new NamedValue(option.Name, option.Value, NamedValueSource.VariantOption, variant.Index, option.Location));
            }
        }
        return values.Count == 0 ? [] : [new NamedValues(values)];
    }
}
