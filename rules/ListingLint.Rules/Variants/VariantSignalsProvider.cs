using ListingLint.Configuration;
using ListingLint.Engine.Authoring;
using ListingLint.Model;
using ListingLint.Rules.Text;

namespace ListingLint.Rules.Variants;

/// <summary>Computes <see cref="VariantSignals"/> for each variant that has a price or other-item signal; options come from LL2001 and LL2002.</summary>
public sealed class VariantSignalsProvider : IFactProvider
{
    public IReadOnlyCollection<Type> FactTypes { get; } = [typeof(VariantSignals)];

    private readonly PriceThresholds _thresholds;
    private readonly VariantItemClassifier _classifier;

    public VariantSignalsProvider(AuditConfiguration configuration)
    {
        _thresholds = PriceThresholds.From(configuration.OptionsFor("LL2001"));
        var itemOptions = configuration.OptionsFor("LL2002");
        var ignored = itemOptions.List("ignoredTerms", []).Select(t => string.Join(' ', Words.SingularOf(t))).ToHashSet(StringComparer.Ordinal);
        _classifier = new VariantItemClassifier(new PhraseSet(itemOptions.List("extraTerms", [])), ignored);
    }

    public IEnumerable<object> GetFacts(Listing listing)
    {
        if (listing.Variants.Count < 2)
            yield break;
        var prices = VariantPriceAnalysis.Analyse(listing, _thresholds);
        // Most listings have no signal at all: the title's product is worked out only when one needs it.
        TitleProduct? product = null;
        TitleProduct Product() => product ??= TitleProduct.Of(listing);
        Func<TitleProduct> productOnce = Product;
        foreach (var variant in listing.Variants)
        {
            var item = _classifier.Classify(listing, variant, productOnce);
            var price = prices[variant.Index];
            if (price is not null || item is not null)
                yield return new VariantSignals(variant, Product(), price, item);
        }
    }
}
