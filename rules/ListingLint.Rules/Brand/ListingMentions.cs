using ListingLint.Model;
using ListingLint.Rules.Brand.Registry;

namespace ListingLint.Rules.Brand;

/// <summary>Finds the brand mentions of one listing's title and description and settles their roles across the listing.</summary>
public static class ListingMentions
{
    public static List<BrandMention> Find(Listing listing, BrandRegistry registry, BrandField? field)
    {
        var mentions = new List<BrandMention>();
        var stated = field is { IsGeneric: false, Registered: true } ? field.Brand : null;
        string? counterfeit = null;
        var title = string.IsNullOrWhiteSpace(listing.Title) ? null : TextTokens.Of(listing.Title);
        var categoryKeys = ListingCategoryKeys.Of(listing, title);
        if (title is not null)
        {
            Add(mentions, title, MentionMatcher.Find(title, registry, true, categoryKeys, stated), MentionSource.Title, listing.At("/title"), true);
            counterfeit = CounterfeitWording.Find(listing.Title!);
        }
        // A description only matters for style references and copy wording, so most are never split into words.
        if (!string.IsNullOrWhiteSpace(listing.Description))
        {
            var descriptionCopy = CounterfeitWording.Find(listing.Description);
            counterfeit ??= descriptionCopy;
            if (descriptionCopy is not null || listing.Description.AsSpan().ContainsAny(CueWords.AnyStyleWord))
            {
                var description = TextTokens.Of(PlainText.Of(listing.Description));
                Add(mentions, description, MentionMatcher.Find(description, registry, false, categoryKeys, null), MentionSource.Description, listing.At("/description"), false);
            }
        }
        if (counterfeit is not null)
            MarkCounterfeit(mentions, counterfeit, field, listing);
        MarkKeywords(mentions, registry);
        return Deduplicate(mentions);
    }

    private static void Add(List<BrandMention> mentions, TextTokens text, List<RawMention> found, MentionSource where, Location location, bool isTitle)
    {
        var roles = MentionRoles.Classify(text, found, isTitle);
        for (var k = 0; k < found.Count; k++)
        {
            var m = found[k];
            mentions.Add(new BrandMention(m.Entry.Name, text.Span(m.First, m.Last), where, roles[k].Role, roles[k].Cue, location));
        }
    }

    // Copy wording anywhere in the listing makes every brand it presents as the product a counterfeit claim; with no
    // brand in the text, the brand field's registry brand is the one claimed. A brand the listing itself calls a style
    // ("Submariner Homage", "Rolex Style") stays a style reference: the listing does not sell the item as that brand.
    private static void MarkCounterfeit(List<BrandMention> mentions, string wording, BrandField? field, Listing listing)
    {
        var marked = false;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Role is MentionRole.AsBrand
                || mentions[i].Role is MentionRole.StyleReference && !CueWords.IsPureStyleCue(mentions[i].Cue))
            {
                mentions[i] = mentions[i] with { Role = MentionRole.Counterfeit, Cue = wording };
                marked = true;
            }
        }
        if (!marked && field is { IsGeneric: false, Registered: true })
            mentions.Add(new BrandMention(field.Brand, field.Value, MentionSource.BrandField, MentionRole.Counterfeit, wording, field.Location));
    }

    // After the title's own brand, a competitor (a brand selling in the same categories) is there to catch its searches.
    private static void MarkKeywords(List<BrandMention> mentions, BrandRegistry registry)
    {
        var first = mentions.FindIndex(m => m.Where == MentionSource.Title && m.ClaimsProduct);
        if (first < 0)
            return;
        var own = registry.Resolve(mentions[first].Brand);
        for (var i = first + 1; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Where != MentionSource.Title || m.Role != MentionRole.AsBrand || m.Brand == mentions[first].Brand)
                continue;
            if (own is not null && registry.Resolve(m.Brand) is { } other && other.Categories.Any(own.Categories.Contains))
                mentions[i] = m with { Role = MentionRole.Keyword, Cue = mentions[first].Matched };
        }
    }

    // One mention per brand and field; when a brand is used in several ways, the misuse is kept.
    private static List<BrandMention> Deduplicate(List<BrandMention> mentions) =>
        mentions.GroupBy(m => (m.Brand, m.Where))
            .Select(g => g.OrderBy(m => Rank(m.Role)).First())
            .ToList();

    private static int Rank(MentionRole role) => role switch
    {
        MentionRole.Counterfeit => 0,
        MentionRole.StyleReference => 1,
        MentionRole.Keyword => 2,
        MentionRole.AsBrand => 3,
        _ => 4,
    };
}
