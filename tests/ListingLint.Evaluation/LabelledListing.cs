using ListingLint.Diagnostics;
using ListingLint.Loading;
using ListingLint.Model;
using Newtonsoft.Json.Linq;

namespace ListingLint.Evaluation;

/// <summary>A listing with the IDs a careful human expects at warning level or above (its top-level "expected" array).</summary>
public sealed record LabelledListing(string File, Listing Listing, IReadOnlySet<string> Expected)
{
    /// <summary>Reads every listing of <paramref name="files"/>; a listing without "expected" or one that fails to load is an error.</summary>
    public static (IReadOnlyList<LabelledListing> Listings, IReadOnlyList<string> Errors) Read(IEnumerable<string> files)
    {
        var reader = new ListingReader();
        var listings = new List<LabelledListing>();
        var errors = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            foreach (var result in reader.LoadText(System.IO.File.ReadAllText(file), name, Path.GetDirectoryName(Path.GetFullPath(file))))
            {
                if (result.Listing is not { } listing)
                    errors.Add($"{name}: {result.Error!.Location} {result.Error.Message}");
                else if (!listing.Extra.TryGetValue("expected", out var expected) || expected is not JArray ids || ids.Any(i => i.Type != JTokenType.String))
                    errors.Add($"{name}: listing {listing.Id} has no \"expected\" array of rule IDs");
                else
                    listings.Add(new LabelledListing(name, listing, ids.Select(i => (string)i!).ToHashSet(StringComparer.OrdinalIgnoreCase)));
            }
        }
        return (listings, errors);
    }

    /// <summary>What counts as reported: unsuppressed findings at warning or error, engine diagnostics (LL0xxx) aside.</summary>
    public static IReadOnlySet<string> Reported(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity >= Severity.Warning && !d.IsSuppressed && d.Descriptor.Category != Categories.Engine)
            .Select(d => d.Id)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
