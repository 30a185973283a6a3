namespace ListingLint.Rules.Shared.Quantities;

/// <summary>
/// A number with a unit read from text, normalised to its dimension's base unit. A range ("36-55L") has
/// <see cref="Min"/> below <see cref="Max"/>. <see cref="Resolution"/> is half the last written digit
/// ("0.2kg" is 200 g ± 50 g), so that rounded figures agree with precise ones.
/// </summary>
public sealed record Quantity(Dimension Dimension, double Min, double Max, double Resolution, string Text, int Start, bool IsLimit)
{
    public double Value => Max;

    /// <summary>The unit as written after normalising its spelling ("gb", "inch", "m").</summary>
    public string Unit { get; init; } = "";

    /// <summary>Relative slack for agreement: covers 1 TB vs 1024 GB and inch/cm rounding.</summary>
    public const double RelativeTolerance = 0.03;

    /// <summary>True when both quantities measure the same dimension and can describe the same thing.</summary>
    public bool Agrees(Quantity other) => Agrees(other, RelativeTolerance);

    /// <summary>As <see cref="Agrees(Quantity)"/>, with a relative tolerance of the caller's choosing (a rule option).</summary>
    public bool Agrees(Quantity other, double relativeTolerance)
    {
        if (other.Dimension != Dimension)
            return false;
        var slack = Resolution + other.Resolution + relativeTolerance * Math.Max(Max, other.Max);
        return Min <= other.Max + slack && other.Min <= Max + slack;
    }

    public override string ToString() => Text;
}
