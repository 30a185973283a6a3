using ListingLint.Loading.Inputs;
using ListingLint.Model;

namespace ListingLint.Loading;

/// <summary>A kind of file other than JSON/NDJSON (HTML product pages, feeds), chosen by the file's name.</summary>
public interface IFileFormat
{
    string Name { get; }

    bool CanRead(InputFile file);

    IEnumerable<PendingListing> Read(InputFile file, LoadOptions options);
}
