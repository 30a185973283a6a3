using System.Text;

namespace ListingLint.Rules.Brand;

/// <summary>The text of a description that may be HTML: tags become spaces, a few common entities are decoded.</summary>
public static class PlainText
{
    public static string Of(string text)
    {
        if (!text.Contains('<') && !text.Contains('&'))
            return text;
        var builder = new StringBuilder(text.Length);
        var inTag = false;
        foreach (var c in text)
        {
            if (c == '<')
                inTag = true;
            else if (c == '>' && inTag)
            {
                inTag = false;
                builder.Append('\n');
            }
            else if (!inTag)
                builder.Append(c);
        }
        return builder.Replace("&amp;", "&").Replace("&nbsp;", " ").Replace("&#39;", "'").Replace("&quot;", "\"").ToString();
    }
}
