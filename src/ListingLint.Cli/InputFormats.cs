using ListingLint.Loading;

namespace ListingLint.Cli;

/// <summary>The listing reader with every input format the CLI knows.</summary>
public static class InputFormats
{
    public static ListingReader CreateReader(LoadOptions options) => new(options);
}
