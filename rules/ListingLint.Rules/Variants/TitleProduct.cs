using ListingLint.Model;
using ListingLint.Rules.Text;

namespace ListingLint.Rules.Variants;

/// <summary>
/// The product a listing's title names: the words before the first "for", "with", "compatible", "fits"… (what follows
/// is what it fits or comes with), and the category leaf. "Helmet Mount for GoPro" sells a mount; "Action Camera with
/// Helmet Mount" sells a camera.
/// </summary>
public sealed class TitleProduct
{
    private static readonly HashSet<string> Separators = new(StringComparer.Ordinal)
    {
        "for", "with", "compatible", "fit", "fits", "suitable", "include", "includes", "including", "w",
    };

    private TitleProduct(string[] head, HashSet<string> words, string[] leaf, bool sellsParts, string text)
    {
        HeadWords = head;
        ContentWords = words;
        LeafWords = leaf;
        SellsParts = sellsParts;
        Text = text;
    }

    /// <summary>Singular words of the category leaf ("Electric Bicycles"): empty when the listing has no category.</summary>
    public string[] LeafWords { get; }

    /// <summary>Singular words of the product phrase (before the first separator), or of the whole title when it starts with one.</summary>
    public string[] HeadWords { get; }

    /// <summary>Head words and category-leaf words that can identify the product (no colours, numbers or shared adjectives).</summary>
    public HashSet<string> ContentWords { get; }

    /// <summary>The title or category says the listing sells accessories, parts or refills.</summary>
    public bool SellsParts { get; }

    /// <summary>The product phrase as written (lower case), for messages and evidence.</summary>
    public string Text { get; }

    public static TitleProduct Of(Listing listing)
    {
        var title = Words.SingularOf(listing.Title);
        var cut = Array.FindIndex(title, Separators.Contains);
        var head = cut > 0 ? title[..cut] : title;
        var leaf = Words.SingularOf(listing.CategoryLeaf);
        var content = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in head.Concat(leaf))
        {
            if (!VariantWords.IsNoise(word) && !VariantWords.Generic.Contains(word))
                content.Add(word);
        }
        var sellsParts = head.Any(ItemTerms.AccessoryListingWords.Contains) || leaf.Any(ItemTerms.AccessoryListingWords.Contains);
        var text = Words.Of(listing.Title);
        return new TitleProduct(head, content, leaf, sellsParts, string.Join(' ', cut > 0 ? text[..cut] : text));
    }

    /// <summary>Whether the product phrase or category names this item itself (the listing sells it).</summary>
    public bool Names(PhraseMatch term) => ContentWords.Contains(NounOf(term));

    /// <summary>
    /// Whether the listing sells a part the variant says is a part ("Spare battery"): only its category says so, since a
    /// title names its product's parts as features ("… 48V Removable Battery E-Bike"). Without a category, as <see cref="Names"/>.
    /// </summary>
    public bool NamesPart(PhraseMatch term) =>
        LeafWords.Length == 0 ? Names(term) : Array.IndexOf(LeafWords, NounOf(term)) >= 0;

    // The item a term names is its last word: "replacement filter" is a filter.
    private static string NounOf(PhraseMatch term) => term.Phrase.Split(' ')[^1];
}
