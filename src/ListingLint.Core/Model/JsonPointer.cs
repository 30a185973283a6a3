namespace ListingLint.Model;

/// <summary>Builds RFC 6901 JSON pointers.</summary>
public static class JsonPointer
{
    public static string Append(string parent, string segment) =>
        parent + "/" + (segment.Contains('~') || segment.Contains('/') ? segment.Replace("~", "~0").Replace("/", "~1") : segment);

    public static string Append(string parent, int index) => parent + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
