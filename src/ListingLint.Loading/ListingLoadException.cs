using ListingLint.Model;

namespace ListingLint.Loading;

/// <summary>A listing's content is unusable (a wrong type, a value too large); becomes LL0002 at <see cref="Location"/>.</summary>
public sealed class ListingLoadException(Location location, string problem) : Exception(problem)
{
    public Location Location { get; } = location;
}
