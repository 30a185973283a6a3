using ListingLint.Configuration;
using ListingLint.Loading;
using ListingLint.Model;

namespace ListingLint.Imaging.Tests.Batch;

public class ImageFactsTextTests
{
    [Fact]
    public void Render_ShowsProvenanceEvidenceHashesMatchesAndProblems()
    {
        var fixtures = Path.Combine(FindRoot(), "fixtures", "rules");
        var listing = new ListingReader().LoadText("""
            { "id": "x", "images": [ "LL4001/images/edited-front.jpg", "LL4001/images/edited-front.jpg", "LL4001/images/missing.jpg" ] }
            """, "x.json", fixtures).Single().Listing!;
        var provider = new ImageFactProvider(new AuditConfiguration { BaseDirectory = fixtures });
        provider.Observe(listing);
        provider.Complete();
        var text = new StringWriter();
        ImageFactsText.Render(provider.GetFacts(listing), text);
        var output = text.ToString();
        Assert.Contains("image 0: LL4001/images/edited-front.jpg (main)", output);
        Assert.Contains("provenance: Edited (Adobe Photoshop) — evidence EXIF Software=Adobe Photoshop 25.0 (Windows)", output);
        Assert.Contains("camera: Canon Canon EOS 80D", output);
        Assert.Contains("same picture as image 0 (LL4001/images/edited-front.jpg) of this listing: pHash distance 0", output);
        Assert.Contains("problem: Missing", output);
        Assert.Contains("1 distinct views", output);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ListingLint.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("repository root not found");
    }
}
