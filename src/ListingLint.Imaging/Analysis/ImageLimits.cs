using ListingLint.Configuration;

namespace ListingLint.Imaging.Analysis;

/// <summary>How much an image may cost: pixels (checked from the header before decoding), bytes, decode time.</summary>
public sealed record ImageLimits(long MaxPixels, long MaxFileBytes, TimeSpan DecodeTimeout)
{
    public static ImageLimits From(AuditConfiguration configuration) =>
        new(configuration.Images.MaxPixels, 200L * 1024 * 1024, TimeSpan.FromSeconds(20));

    /// <summary>
    /// The largest single buffer ImageSharp may allocate: the decoded frame at 4 bytes a pixel, with room for the
    /// decoder's own working buffers. Anything larger is a lie in the header or a bomb.
    /// </summary>
    public int AllocationLimitMegabytes => (int)Math.Clamp(MaxPixels * 4 * 2 / (1024 * 1024), 16, 2048);
}
