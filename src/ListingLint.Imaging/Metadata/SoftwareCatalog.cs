using System.Text.RegularExpressions;
using ListingLint.Model.Images;

namespace ListingLint.Imaging.Metadata;

/// <summary>Tells what a software string in an image's metadata says about provenance.</summary>
public static class SoftwareCatalog
{
    private static readonly Regex[] NotEditors = SoftwareNames.NotEditors
        .Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)))
        .ToArray();

    /// <summary>
    /// <see cref="ImageProvenance.Edited"/> with the editor's name, <see cref="ImageProvenance.AiGenerated"/> with the
    /// generator's name, or <see cref="ImageProvenance.Unknown"/> (firmware, transfer tools, anything else).
    /// </summary>
    public static (ImageProvenance Points, string? Tool) Classify(string? software)
    {
        if (string.IsNullOrWhiteSpace(software))
            return (ImageProvenance.Unknown, null);
        var text = software.Trim();
        if (NotEditors.Any(p => p.IsMatch(text)))
            return (ImageProvenance.Unknown, null);
        foreach (var (pattern, name) in SoftwareNames.Generators)
        {
            if (text.Contains(pattern, StringComparison.OrdinalIgnoreCase))
                return (ImageProvenance.AiGenerated, name);
        }
        foreach (var (pattern, name) in SoftwareNames.Editors)
        {
            if (text.Contains(pattern, StringComparison.OrdinalIgnoreCase))
                return (ImageProvenance.Edited, name);
        }
        return (ImageProvenance.Unknown, null);
    }
}
