namespace ListingLint.Rules.Shared.Quantities;

/// <summary>What a quantity measures. Values of one dimension are normalised to one base unit (see <see cref="Units"/>).</summary>
public enum Dimension
{
    /// <summary>Digital storage or memory, in GB (1 TB = 1000 GB).</summary>
    Data,
    /// <summary>Battery charge, in mAh.</summary>
    Charge,
    /// <summary>Energy, in Wh.</summary>
    Energy,
    /// <summary>Power, in W.</summary>
    Power,
    /// <summary>Length, in mm.</summary>
    Length,
    /// <summary>Mass, in g.</summary>
    Mass,
    /// <summary>Volume, in ml.</summary>
    Volume,
    /// <summary>Voltage, in V.</summary>
    Voltage,
    /// <summary>A number of pieces ("6 pcs", "set of 6", "pack of 4"): what the buyer counts in the parcel.</summary>
    Count,
    /// <summary>A number of pairs ("2 pairs").</summary>
    Pairs,
}
