namespace ListingLint.Model.Images;

/// <summary>Where the similar image was found.</summary>
public enum ImageMatchScope
{
    /// <summary>Another image of the same listing.</summary>
    SameListing,

    /// <summary>An image of another listing in the batch.</summary>
    OtherListing,

    /// <summary>An image of the reference catalog (<c>referenceImages</c> in listinglint.json).</summary>
    Reference,
}
