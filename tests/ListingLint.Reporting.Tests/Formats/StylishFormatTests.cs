using ListingLint.Diagnostics;
using ListingLint.Reporting.Formats;

namespace ListingLint.Reporting.Tests.Formats;

public class StylishFormatTests
{
    private static string Render(bool color, params Diagnostics.ListingReport[] reports)
    {
        var writer = new StringWriter();
        var format = new StylishFormat(writer, color);
        var summary = new AuditSummary();
        format.Begin(Reports.Run());
        foreach (var report in reports)
        {
            summary.Add(report);
            format.Write(report);
        }
        format.End(summary);
        return writer.ToString();
    }

    [Fact]
    public void Plain_GroupsByListing_WithPositionSeverityMessageIdAndEvidence()
    {
        var text = Render(false, Reports.Report(0, "L1", Reports.Finding("L1", Severity.Warning, "Color is as picture")));
        Assert.Equal(
            "shop/listings.json  L1\n" +
            "  4:12  warning  Color is as picture  LL1001\n" +
            "                 at /attributes/Color  name=Color value=as picture\n" +
            "\n" +
            "⚠ 1 problem (0 errors, 1 warning, 0 info) in 1 of 1 listing; 0 suppressed, 0 baselined\n",
            text.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("\u001b[", text);
    }

    [Fact]
    public void Color_IsOnlyUsedWhenAsked()
    {
        Assert.Contains("\u001b[33m", Render(true, Reports.Report(0, "L1", Reports.Finding("L1", Severity.Warning, "m"))));
    }

    [Fact]
    public void SuppressedAndHiddenFindings_AreNotListed()
    {
        var text = Render(false, Reports.Report(0, "L1",
            Reports.Finding("L1", Severity.Error, "suppressed", SuppressionKind.InSource),
            Reports.Finding("L1", Severity.Hidden, "hidden")));
        Assert.DoesNotContain("L1", text.Split('\n')[0]);
        Assert.StartsWith("✔ 0 problems", text);
    }
}
