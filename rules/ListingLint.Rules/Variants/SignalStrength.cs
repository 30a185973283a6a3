namespace ListingLint.Rules.Variants;

/// <summary>How strong one piece of evidence is on its own; two kinds of evidence together make an error.</summary>
public enum SignalStrength
{
    None,
    Info,
    Warning,
}
