using ListingLint.Engine.Authoring;
using ListingLint.Model;

namespace ListingLint.Rules.Text;

/// <summary>A listing's title split once for every title rule: raw tokens (case kept), lower-case words and their singulars.</summary>
public sealed class TitleText
{
    private static readonly char[] Spaces = [' ', '\t', '\n', '\r', '\u00A0'];

    public TitleText(Listing listing)
    {
        Listing = listing;
        Title = listing.Title ?? "";
        Location = listing.At("/title");
        Tokens = Title.Split(Spaces, StringSplitOptions.RemoveEmptyEntries);
        Words = Text.Words.Of(Title);
        SingularWords = Words.Select(Text.Words.Singular).ToArray();
    }

    public Listing Listing { get; }
    public string Title { get; }
    public Location Location { get; }
    public string[] Tokens { get; }
    public string[] Words { get; }
    public string[] SingularWords { get; }
}

public sealed class TitleTextProvider : IFactProvider
{
    public IReadOnlyCollection<Type> FactTypes { get; } = [typeof(TitleText)];

    public IEnumerable<object> GetFacts(Listing listing)
    {
        yield return new TitleText(listing);
    }
}
