namespace ListingLint.Model.Images;

/// <summary>Why an image could not be (fully) checked.</summary>
public enum ImageProblemKind
{
    Missing,
    Unreadable,
    NotAnImage,
    Truncated,
    TooLarge,
    DecodeFailed,
    OutsideRoot,
}
