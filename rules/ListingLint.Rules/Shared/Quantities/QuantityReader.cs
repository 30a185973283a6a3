namespace ListingLint.Rules.Shared.Quantities;

/// <summary>Measures and counts together, in the order the text states them.</summary>
public static class QuantityReader
{
    /// <summary>The first quantity the text states (a measure that is not a limit, or a count), or null.</summary>
    public static Quantity? First(string? text)
    {
        var measure = QuantityParser.Parse(text).Select(p => p.Quantity).FirstOrDefault(q => !q.IsLimit);
        var count = CountParser.Parse(text).FirstOrDefault();
        return measure is null ? count : count is null || measure.Start <= count.Start ? measure : count;
    }
}
