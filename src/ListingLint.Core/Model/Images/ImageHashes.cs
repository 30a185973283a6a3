namespace ListingLint.Model.Images;

/// <summary>64-bit perceptual hashes of an image and of its mirror image (flipped left–right).</summary>
public sealed record ImageHashes(ulong PHash, ulong PHashMirrored, ulong DHash, ulong DHashMirrored)
{
    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    public override string ToString() => $"phash={PHash:x16} dhash={DHash:x16}";
}
