using System.Collections.Frozen;
using ListingLint.Rules.Shared;

namespace ListingLint.Rules.Brand;

/// <summary>Brand values that say the item has no brand ("None", "NoEnName_Null", "Unbranded", "OEM", "Generic").</summary>
public static class GenericBrands
{
    private static readonly FrozenSet<string> Values = FrozenSet.ToFrozenSet(
    [
        "", "none", "no", "no brand", "nobrand", "non brand", "non branded", "unbranded", "no name", "noname", "noenname",
        "noenname null", "none enname null", "generic", "oem", "odm", "oem odm", "n a", "na", "null", "nil", "other", "others",
        "without brand", "white label", "neutral", "not applicable", "unknown",
    ], StringComparer.Ordinal);

    public static bool IsGeneric(string value) => Values.Contains(TextNormalizer.Normalize(value));
}
