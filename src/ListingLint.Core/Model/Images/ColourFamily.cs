namespace ListingLint.Model.Images;

/// <summary>The colour families used in <see cref="ColourProfile.Shares"/>, and which of them photos and names easily confuse.</summary>
public static class ColourFamily
{
    public const string Red = "red", Orange = "orange", Yellow = "yellow", Green = "green", Blue = "blue", Purple = "purple",
        Pink = "pink", Brown = "brown", Black = "black", White = "white", Grey = "grey";

    /// <summary>Families a photo of an item of this colour may partly fall into (lighting, dye, white balance).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Neighbours = new Dictionary<string, string[]>
    {
        [Red] = [Pink, Orange, Brown, Purple],
        [Orange] = [Red, Yellow, Brown, Pink],
        [Yellow] = [Orange, Green, Brown, White],
        [Green] = [Yellow, Blue, Grey],
        [Blue] = [Green, Purple, Grey],
        [Purple] = [Blue, Pink, Red],
        [Pink] = [Red, Purple, Orange, White],
        [Brown] = [Orange, Red, Yellow, Black, Grey],
        [Black] = [Grey, Brown, Blue],
        [White] = [Grey, Pink, Yellow],
        [Grey] = [Black, White, Blue, Brown],
    };
}
