using ListingLint.Reporting.Formats;

namespace ListingLint.Reporting.Tests;

public class ReportFormatsTests
{
    [Theory]
    [InlineData("html", typeof(HtmlFormat))]
    [InlineData("markdown", typeof(MarkdownFormat))]
    [InlineData("junit", typeof(JunitFormat))]
    [InlineData("json", typeof(JsonFormat))]
    public void NamedFormat_IsCreated(string name, Type type)
    {
        Assert.Contains(name, ReportFormats.Names);
        Assert.IsType(type, ReportFormats.Create(name, TextWriter.Null, color: false));
    }

    [Fact]
    public void UnknownFormat_NamesTheKnownOnes()
    {
        var e = Assert.Throws<ArgumentException>(() => ReportFormats.Create("pdf", TextWriter.Null, color: false));
        Assert.Contains("html, markdown, junit", e.Message);
    }
}
