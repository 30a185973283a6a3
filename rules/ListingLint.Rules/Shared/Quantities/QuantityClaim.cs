using ListingLint.Model;

namespace ListingLint.Rules.Shared.Quantities;

/// <summary>Where a quantity claim was read.</summary>
public enum QuantitySource
{
    Title,
    Attribute,
    VariantOption,
    VariantTitle,
}

/// <summary>A quantity a listing states about its item, with its role, where it was read and the text it came from.</summary>
public sealed record QuantityClaim(Quantity Quantity, QuantityRole Role, QuantitySource Source, string? Name, int? VariantIndex, Location Location)
{
    public Dimension Dimension => Quantity.Dimension;

    public bool IsVariant => Source is QuantitySource.VariantOption or QuantitySource.VariantTitle;

    public string Where => Source switch
    {
        QuantitySource.Title => "the title",
        QuantitySource.Attribute => $"attribute '{Name}'",
        QuantitySource.VariantOption => $"option '{Name}' of variant {VariantIndex + 1}",
        _ => $"the title of variant {VariantIndex + 1}",
    };

    public bool Agrees(QuantityClaim other) => Quantity.Agrees(other.Quantity);

    public override string ToString() => $"{Quantity.Text} ({Where})";
}
