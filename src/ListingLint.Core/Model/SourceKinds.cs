namespace ListingLint.Model;

/// <summary>Names of the kinds of source a value can come from, as recorded in <see cref="SourceMap"/> and <see cref="Observation"/>.</summary>
public static class SourceKinds
{
    public const string JsonLd = "JSON-LD";
    public const string Microdata = "microdata";
    public const string Rdfa = "RDFa";
    public const string OpenGraph = "OpenGraph";
    public const string PlatformData = "platform data";
    public const string PageText = "page text";
    public const string Document = "document";
    public const string Feed = "feed";
}
