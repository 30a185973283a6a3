using System.Text;
using System.Text.Unicode;
using System.Text.RegularExpressions;

namespace ListingLint.Loading.Html;

/// <summary>
/// Decodes a saved page's bytes the way a browser would: a byte order mark first, then a charset declared in the first bytes
/// (<c>&lt;meta charset&gt;</c> or <c>http-equiv</c>), else UTF-8 if the bytes are valid UTF-8, else windows-1252. Every guess
/// that could garble text is returned as a note.
/// </summary>
internal static partial class HtmlDecoder
{
    private const int PrescanBytes = 4096;

    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string? Note) Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return (Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), null);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), null);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), null);

        var declared = Declared(bytes);
        if (declared is not null)
        {
            var label = declared.ToLowerInvariant() is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" ? "windows-1252" : declared;
            Encoding? encoding = null;
            try { encoding = Encoding.GetEncoding(label); }
            catch (ArgumentException) { }
            if (encoding is null)
                return DecodeUndeclared(bytes, $"the page declares the unknown charset \"{declared}\"");
            if (encoding is UTF8Encoding && !IsValidUtf8(bytes))
                return (Encoding.UTF8.GetString(bytes), "the page declares UTF-8 but holds bytes that are not UTF-8; they were replaced, so some text may be garbled");
            return (encoding.GetString(bytes), null);
        }
        return DecodeUndeclared(bytes, null);
    }

    private static (string, string?) DecodeUndeclared(byte[] bytes, string? problem)
    {
        if (IsValidUtf8(bytes))
            return (Encoding.UTF8.GetString(bytes), problem is null ? null : problem + "; read as UTF-8");
        return (Encoding.GetEncoding("windows-1252").GetString(bytes),
            (problem ?? "the page declares no charset") + " and is not valid UTF-8; read as windows-1252, so some text may be garbled");
    }

    private static string? Declared(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, PrescanBytes));
        var match = Charset().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static bool IsValidUtf8(byte[] bytes) => Utf8.IsValid(bytes);

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
