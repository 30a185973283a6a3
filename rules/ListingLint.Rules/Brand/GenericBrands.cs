using System.Collections.Frozen;
using ListingLint.Rules.Shared;

namespace ListingLint.Rules.Brand;

/// <summary>Brand values that say the item has no brand ("None", "NoEnName_Null", "Unbranded", "OEM", "Generic"), and the attributes that hold a brand.</summary>
public static class GenericBrands
{
    private static readonly FrozenSet<string> Values = FrozenSet.ToFrozenSet(
    [
        "", "none", "no", "no brand", "nobrand", "non brand", "non branded", "unbranded", "no name", "noname", "noenname",
        "noenname null", "none enname null", "generic", "oem", "odm", "oem odm", "n a", "na", "null", "nil", "other", "others",
        "without brand", "white label", "neutral", "not applicable", "unknown",
    ], StringComparer.Ordinal);

    public static bool IsGeneric(string value) => Values.Contains(TextNormalizer.Normalize(value));

    /// <summary>Attribute names that hold the brand ("Brand", "Brand Name").</summary>
    public static readonly string[] AttributeNames = ["Brand", "Brand Name", "BrandName", "Brand name"];

    private static readonly FrozenSet<string> NormalizedAttributeNames = AttributeNames.Select(TextNormalizer.Normalize).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether an attribute named so holds the brand.</summary>
    public static bool IsBrandAttribute(string name) => NormalizedAttributeNames.Contains(TextNormalizer.Normalize(name));
}
