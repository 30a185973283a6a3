using ListingLint.Model;
using ListingLint.Rules.Text;

namespace ListingLint.Rules.Variants;

/// <summary>A variant that names an item other than the title's product ("Helmet mount only" under an action camera).</summary>
public sealed record VariantItem(ItemKind Kind, string Term, string Text, Location Location, SignalStrength Strength, string Reason);

/// <summary>Decides whether a variant is a different item than the listing's product, and how sure that is.</summary>
public sealed class VariantItemClassifier(PhraseSet extraTerms, IReadOnlySet<string> ignoredTerms)
{
    // Variant texts repeat across a catalogue ("Black S", "Navy Blue L"): most name no item, decided once per text.
    private readonly Shared.BoundedCache<string, bool> _namesNoItem = new(text =>
        ItemWords(text) is not { } words || ItemTerms.Find(words) is null && extraTerms.FindFirst(words) is null);

    /// <summary>
    /// The words of a variant text that may name the item it sells, or null when it names the product with extras or
    /// without them ("Camera + mount", "with 2 batteries", "no battery"). A text that starts with a part said to be one
    /// ("Spare battery + charging hub", "replacement blades set") keeps its first part.
    /// </summary>
    public static string[]? ItemWords(string text)
    {
        var joint = text.IndexOfAny(['+', '&']);
        var words = Words.SingularOf(joint < 0 ? text : text[..joint]);
        var bundle = Array.FindIndex(words, ItemTerms.BundleWords.Contains);
        if (joint < 0 && bundle < 0)
            return words;
        var first = bundle < 0 ? words : words[..bundle];
        return first.Any(ItemTerms.OnlyWords.Contains) ? first : null;
    }

    /// <param name="productOf">The title's product, asked for only when the variant may name another item.</param>
    public VariantItem? Classify(Listing listing, Variant variant, Func<TitleProduct> productOf)
    {
        var text = VariantWords.TextOf(variant);
        if (_namesNoItem[text])
            return null;
        var product = productOf();
        if (product.SellsParts)
            return null;
        var all = Words.SingularOf(text);
        foreach (var (source, location) in Sources(listing, variant))
        {
            if (ItemWords(source) is not { } words)
                continue;
            var found = Find(words);
            if (found is not { } f || NamesTheProduct(product, f, words) || NamesProduct(all, f.Match.Phrase, Modifier(words, f.Match), product))
                continue;
            return new VariantItem(f.Kind, f.Match.Phrase, source, location, Strength(words, f.Match, out var reason), reason);
        }
        return null;
    }

    // A listed part that the variant calls a part ("Spare battery", "Replacement filter") is the product only when the
    // category sells it; otherwise any product word of the title or category makes it the product.
    private static bool NamesTheProduct(TitleProduct product, (ItemKind Kind, PhraseMatch Match) found, string[] words) =>
        found.Kind != ItemKind.OtherProduct && words.Any(ItemTerms.OnlyWords.Contains) ? product.NamesPart(found.Match) : product.Names(found.Match);

    // "Camera only" or "Camera + mount" names the product; the item's own words do not count ("mouse pad" under a mouse),
    // nor does a product word right before the item, which says what the item is for ("Tablet Case", "Kettle Filter"),
    // nor a word right after a number, which is a unit ("300000 Flashes" under a "999900 Flashes" IPL device).
    private static bool NamesProduct(string[] variantWords, string term, string? modifier, TitleProduct product)
    {
        var termWords = term.Split(' ');
        for (var i = 0; i < variantWords.Length; i++)
        {
            var w = variantWords[i];
            if (product.ContentWords.Contains(w) && !VariantWords.Generic.Contains(w) && !termWords.Contains(w) && w != modifier
                && !(i > 0 && Words.IsNumber(variantWords[i - 1])))
                return true;
        }
        return false;
    }

    private static string? Modifier(string[] words, PhraseMatch match) => match.Start > 0 ? words[match.Start - 1] : null;

    // Warning when the variant is nothing but the item ("Side brush", "Mouse pad") or says so ("mount only", "replacement filter");
    // info when other words remain, or when it starts with a count ("2 batteries" is usually the product with two batteries).
    private static SignalStrength Strength(string[] words, PhraseMatch match, out string reason)
    {
        if (words.Any(ItemTerms.OnlyWords.Contains))
        {
            reason = "says only the part";
            return SignalStrength.Warning;
        }
        if (Words.IsNumber(words[0]) || match.Start > 0 && Words.IsNumber(words[match.Start - 1]))
        {
            reason = "counts the item";
            return SignalStrength.Info;
        }
        var rest = words.Where((w, i) => (i < match.Start || i >= match.Start + match.Length) && !VariantWords.IsNoise(w)).ToArray();
        reason = rest.Length == 0 ? "names only the item" : "names the item among other words";
        return rest.Length == 0 ? SignalStrength.Warning : SignalStrength.Info;
    }

    // A title that only repeats the option values ("Red / 1 Battery", "UK Adapter" for Plug: UK Adapter) says what they say:
    // the values are read, each in its option.
    private static bool RepeatsOptions(Variant variant)
    {
        if (variant.Options.Count == 0)
            return false;
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in variant.Options)
            values.UnionWith(Words.SingularOf(option.Value));
        return Words.SingularOf(variant.Title).All(values.Contains);
    }

    private (ItemKind Kind, PhraseMatch Match)? Find(string[] words)
    {
        var found = ItemTerms.Find(words);
        if (found is null && extraTerms.FindFirst(words) is { } extra)
            found = (ItemKind.Accessory, extra);
        return found is { } f && ignoredTerms.Contains(f.Match.Phrase) ? null : found;
    }

    private static IEnumerable<(string Text, Location Location)> Sources(Listing listing, Variant variant)
    {
        if (!string.IsNullOrWhiteSpace(variant.Title) && !RepeatsOptions(variant))
            yield return (variant.Title!, listing.At($"/variants/{variant.Index}/title"));
        foreach (var option in variant.Options)
        {
            // "Plug: UK Adapter" is how the item's plug comes, not a separate item sold under the listing.
            if (OptionKinds.KindOf(option.Name) == "plug" && OptionKinds.IsOwnKind("plug", option.Value))
                continue;
            yield return (option.Value, option.Location);
        }
    }
}
