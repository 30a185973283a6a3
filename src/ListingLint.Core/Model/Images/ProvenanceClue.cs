namespace ListingLint.Model.Images;

/// <summary>One metadata value that speaks to provenance: the field it was read from ("EXIF Software") and its text.</summary>
public sealed record ProvenanceClue(string Field, string Value, ImageProvenance Points)
{
    public override string ToString() => $"{Field}={Value}";
}
