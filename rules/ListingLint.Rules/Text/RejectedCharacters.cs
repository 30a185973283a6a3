using System.Globalization;
using System.Text;

namespace ListingLint.Rules.Text;

/// <summary>Characters marketplaces strip or refuse in titles: emoji and pictographs, control and invisible characters, HTML markup.</summary>
public static class RejectedCharacters
{
    /// <summary>Whether the title holds any rejected character; allocates nothing, for the rule's condition.</summary>
    public static bool Any(string title, string allowed)
    {
        foreach (var rune in title.EnumerateRunes())
        {
            if (IsRejected(rune) && !IsAllowed(rune, allowed))
                return true;
        }
        return HasMarkup(title);
    }

    public static List<string> Find(string title, string allowed)
    {
        var found = new List<string>();
        foreach (var rune in title.EnumerateRunes())
        {
            if (!IsRejected(rune) || IsAllowed(rune, allowed))
                continue;
            var name = Describe(rune);
            if (!found.Contains(name))
                found.Add(name);
        }
        if (HasMarkup(title))
            found.Add("HTML markup");
        return found;
    }

    private static bool IsAllowed(Rune rune, string allowed) =>
        rune.IsBmp ? allowed.Contains((char)rune.Value) : allowed.Contains(rune.ToString(), StringComparison.Ordinal);

    private static bool IsRejected(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.OtherSymbol or UnicodeCategory.Control or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate
            or UnicodeCategory.Format
            || rune.Value == 0xFFFD
            || rune.Value > 0xFFFF && category is not (UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter);
    }

    private static string Describe(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
            ? $"U+{rune.Value:X4}"
            : $"{rune} (U+{rune.Value:X4})";

    // "<br>", "</b>", "&amp;", "&#39;": markup that the marketplace shows literally.
    private static bool HasMarkup(string title)
    {
        var lt = title.IndexOf('<');
        if (lt >= 0 && lt + 1 < title.Length && (char.IsAsciiLetter(title[lt + 1]) || title[lt + 1] == '/') && title.IndexOf('>', lt) > lt)
            return true;
        var amp = title.IndexOf('&');
        while (amp >= 0)
        {
            var semi = title.IndexOf(';', amp);
            if (semi > amp + 1 && semi - amp <= 8 && title.AsSpan(amp + 1, semi - amp - 1).IndexOfAnyExcept("#abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") < 0)
                return true;
            amp = title.IndexOf('&', amp + 1);
        }
        return false;
    }
}
