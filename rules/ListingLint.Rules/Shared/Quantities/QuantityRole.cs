namespace ListingLint.Rules.Shared.Quantities;

/// <summary>What a quantity is a claim about. Only claims with the same role are compared with each other.</summary>
public enum QuantityRole
{
    /// <summary>A quantity nobody compares: a limit ("supports up to 2TB"), a rated or peak value, a dimension of something else.</summary>
    None,
    /// <summary>Working memory of a phone, tablet or computer.</summary>
    Ram,
    /// <summary>Storage capacity (ROM, SSD, flash drive, memory card).</summary>
    Storage,
    /// <summary>A capacity in GB whose role the text does not say ("Phone 8GB 256GB"); resolved by <see cref="DataRoleResolver"/>.</summary>
    DataUnknown,
    /// <summary>Battery capacity in mAh (not the rated capacity at 5 V).</summary>
    Battery,
    /// <summary>Output power of the item.</summary>
    Power,
    ScreenSize,
    CableLength,
    /// <summary>Weight of the item (not a load, a maximum or the parcel).</summary>
    Weight,
    /// <summary>Volume a container holds.</summary>
    Volume,
    Voltage,
}
