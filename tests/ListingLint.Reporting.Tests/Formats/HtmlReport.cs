using ListingLint.Diagnostics;
using ListingLint.Reporting.Html;
using System.Text.RegularExpressions;
using ListingLint.Reporting.Formats;
using Newtonsoft.Json.Linq;

namespace ListingLint.Reporting.Tests.Formats;

/// <summary>A rendered html report and the data document embedded in it.</summary>
internal sealed partial class HtmlReport
{
    private const string DataOpen = "<script type=\"application/json\" id=\"report-data\">";

    private HtmlReport(string html)
    {
        Html = html;
        var start = html.IndexOf(DataOpen, StringComparison.Ordinal) + DataOpen.Length;
        var end = html.IndexOf("</script>", start, StringComparison.Ordinal);
        DataText = html[start..end];
        Data = JObject.Parse(DataText);
    }

    public string Html { get; }
    public string DataText { get; }
    public JObject Data { get; }

    public JArray Listings => (JArray)Data["listings"]!;

    public JObject Listing(string id) => (JObject)Listings.Single(l => (string?)l["id"] == id);

    public string? Image(JToken index) => (int)index < 0 ? null : (string?)Data["images"]![(int)index];

    /// <summary>The page outside the data document: what the browser parses as markup.</summary>
    public string Markup => Html.Replace(DataText, "", StringComparison.Ordinal);

    /// <summary>Reads a report rendered elsewhere (through <see cref="ReportFormats"/>, say).</summary>
    public static HtmlReport Parsed(string html) => new(html);

    public static HtmlReport Render(IEnumerable<ListingReport> reports, string? workingDirectory = null, Thumbnails? thumbnails = null) =>
        new(TestReports.Render(w => new HtmlFormat(w, thumbnails), reports, workingDirectory));

    public static IEnumerable<string> Urls(string text) => Url().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"(?:https?:)?//[^\s""'<>)\\]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
