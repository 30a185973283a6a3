using ListingLint.Rules.Brand.Registry;

namespace ListingLint.Rules.Brand;

/// <summary>A registry term found in a text, from word <see cref="First"/> to word <see cref="Last"/>.</summary>
public readonly record struct RawMention(BrandTerm Term, int First, int Last)
{
    public BrandEntry Entry => Term.Entry;
}

/// <summary>Finds registry brands in a text in one pass over its words, longest term first at each word.</summary>
public static class MentionMatcher
{
    /// <param name="allowCommon">Whether everyday-word brands may count here at all (titles: yes; free text: no).</param>
    /// <param name="categoryKeys">The listing's category keys: an everyday-word brand must sell in one of them.</param>
    /// <param name="statedBrand">The brand the listing's brand field names: its name counts wherever it is capitalised.</param>
    public static List<RawMention> Find(TextTokens text, BrandRegistry registry, bool allowCommon, ListingCategoryKeys categoryKeys, string? statedBrand)
    {
        var found = new List<RawMention>();
        for (var i = 0; i < text.Count; i++)
        {
            foreach (var term in registry.StartingWith(text.Word(i)))
            {
                if (!term.MatchesAt(text, i) || !Accept(term, text, i, allowCommon, categoryKeys, statedBrand))
                    continue;
                var last = i + term.Words.Count - 1;
                // "Nike Air Max", "Xiaomi Redmi": a product line right after its brand is one mention.
                if (found.Count > 0 && found[^1].Entry == term.Entry && found[^1].Last == i - 1)
                    found[^1] = found[^1] with { Last = last };
                else
                    found.Add(new RawMention(term, i, last));
                i += term.Words.Count - 1;
                break;
            }
        }
        return found;
    }

    // "Apple", "Dove", "Coach" are brands only when capitalised, not followed by a descriptive word ("Apple Green"), and
    // either the stated brand, right after a compatibility phrase ("Toner for HP"), or first in the title (or right
    // before a style word: "Celine Dupe") of a listing in a category the brand sells in: "Dove Beauty Bar Soap"
    // but not "Dove Grey Scarf" or "Sports Coach Bag".
    private static bool Accept(BrandTerm term, TextTokens text, int index, bool allowCommon, ListingCategoryKeys categoryKeys, string? statedBrand)
    {
        if (!term.Common)
            return true;
        if (!allowCommon || !text.IsCapitalized(index))
            return false;
        var next = index + term.Words.Count;
        if (next < text.Count && CueWords.Descriptors.Contains(text.Word(next)))
            return false;
        if (statedBrand == term.Entry.Name || MentionRoles.CompatibilityBefore(text, index) is not null)
            return true;
        var styled = next < text.Count && CueWords.StrongStyleAfter.Contains(text.Word(next));
        return (styled || AtStart(text, index)) && term.Entry.SellsIn(categoryKeys.Keys);
    }

    private static bool AtStart(TextTokens text, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (!CueWords.Lead.Contains(text.Word(i)))
                return false;
        }
        return true;
    }
}
