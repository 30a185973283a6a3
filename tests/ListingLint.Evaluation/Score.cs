namespace ListingLint.Evaluation;

/// <summary>True and false positives and false negatives for one rule or family, counted per listing.</summary>
public sealed class Score
{
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }

    public void Add(bool expected, bool reported)
    {
        if (expected && reported)
            TruePositives++;
        else if (reported)
            FalsePositives++;
        else if (expected)
            FalseNegatives++;
    }

    /// <summary>Null when nothing was reported (precision is undefined, not zero).</summary>
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);
}
