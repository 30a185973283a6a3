using System.Xml.Linq;
using ListingLint.Diagnostics;
using ListingLint.Reporting.Formats;
using static ListingLint.Reporting.Tests.TestReports;

namespace ListingLint.Reporting.Tests.Formats;

public class JunitFormatTests
{
    private static XDocument Render(params ListingReport[] reports) => XDocument.Parse(TestReports.Render(w => new JunitFormat(w), reports));

    private static int Attr(XElement e, string name) => int.Parse(e.Attribute(name)!.Value);

    [Fact]
    public void OneCasePerListing_OneSuitePerFile_CountsMatchTheCases()
    {
        var xml = Render(
            Report(0, Listing("1", "Kettle", file: "a.json"), Finding(Placeholder, "1")),
            Report(1, Listing("2", "Scarf", file: "a.json")),
            Report(2, Listing("3", "Case", file: "b.json"), Finding(Handling, "3")),
            Unreadable(3, "feed.ndjson:4"));

        var root = xml.Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal(4, Attr(root, "tests"));
        Assert.Equal(1, Attr(root, "failures"));
        Assert.Equal(1, Attr(root, "errors"));
        var suites = root.Elements("testsuite").ToArray();
        Assert.Equal(["a.json", "b.json", "feed.ndjson"], suites.Select(s => s.Attribute("name")!.Value));
        foreach (var suite in suites)
        {
            Assert.Equal(suite.Elements("testcase").Count(), Attr(suite, "tests"));
            Assert.Equal(suite.Elements("testcase").Count(c => c.Element("failure") is not null), Attr(suite, "failures"));
            Assert.Equal(suite.Elements("testcase").Count(c => c.Element("error") is not null), Attr(suite, "errors"));
        }
        var kettle = suites[0].Elements("testcase").First();
        Assert.Equal("1: Kettle", kettle.Attribute("name")!.Value);
        Assert.Equal("warning", kettle.Element("failure")!.Attribute("type")!.Value);
        Assert.Contains("evidence: name=Color value=as picture", kettle.Element("failure")!.Value);
        Assert.Contains("grade B", kettle.Element("system-out")!.Value);
    }

    [Fact]
    public void InfoAndAcceptedFindings_DoNotFail_ButAreListed()
    {
        var xml = Render(Report(0, Listing("1"),
            Finding(Handling, "1", "/shipping"),
            Finding(Unauthorized, "1", "/brand", suppression: SuppressionKind.InSource, justification: "authorized reseller"),
            Finding(Placeholder, "1", suppression: SuppressionKind.Baseline)));

        var testcase = xml.Descendants("testcase").Single();
        Assert.Null(testcase.Element("failure"));
        Assert.Null(testcase.Element("error"));
        var output = testcase.Element("system-out")!.Value;
        Assert.Contains("info LL6001 at /shipping", output);
        Assert.Contains("suppressed: error LL3001", output);
        Assert.Contains("justification: authorized reseller", output);
        Assert.Contains("baselined: warning LL1001", output);
    }

    [Fact]
    public void TextXmlCannotHold_IsReplaced_AndMarkupIsEscaped()
    {
        var title = "Cable\u0001\u0008 <b>]]></b> & \"x\" \ud800 emoji 🎧";
        var xml = Render(Report(0, Listing("1", title), Finding(Placeholder, "1", message: "bad \u000b value ]]>")));

        var testcase = xml.Descendants("testcase").Single();
        Assert.Equal("1: Cable\ufffd\ufffd <b>]]></b> & \"x\" \ufffd emoji 🎧", testcase.Attribute("name")!.Value);
        Assert.Contains("bad \ufffd value ]]>", testcase.Element("failure")!.Attribute("message")!.Value);
    }
}
