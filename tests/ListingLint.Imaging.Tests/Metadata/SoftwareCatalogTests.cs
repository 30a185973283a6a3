using ListingLint.Imaging.Metadata;
using ListingLint.Model.Images;

namespace ListingLint.Imaging.Tests.Metadata;

public class SoftwareCatalogTests
{
    [Theory]
    [InlineData("Adobe Photoshop 25.0 (Windows)", "Adobe Photoshop")]
    [InlineData("Adobe Photoshop CS6 (Windows)", "Adobe Photoshop")]
    [InlineData("Adobe Photoshop Lightroom Classic 13.1 (Windows)", "Adobe Lightroom")]
    [InlineData("Adobe Photoshop Camera Raw 16.0", "Adobe Camera Raw")]
    [InlineData("GIMP 2.10.36", "GIMP")]
    [InlineData("Snapseed 2.0", "Snapseed")]
    [InlineData("Meitu", "Meitu")]
    [InlineData("PicsArt Photo Studio", "PicsArt")]
    [InlineData("Canva", "Canva")]
    [InlineData("paint.net 5.0.12", "Paint.NET")]
    [InlineData("Pixelmator Pro 3.5", "Pixelmator")]
    [InlineData("Windows Photo Editor 10.0.10011.16384", "Windows Photo Editor")]
    [InlineData("Adobe ImageReady", "Adobe ImageReady")]
    public void Editors_AreNamed(string software, string tool) =>
        Assert.Equal((ImageProvenance.Edited, tool), SoftwareCatalog.Classify(software));

    [Theory]
    [InlineData("Midjourney v6", "Midjourney")]
    [InlineData("Adobe Firefly", "Adobe Firefly")]
    [InlineData("DALL-E 3", "DALL-E")]
    public void Generators_AreAi(string software, string tool) =>
        Assert.Equal((ImageProvenance.AiGenerated, tool), SoftwareCatalog.Classify(software));

    [Theory]
    [InlineData("Ver.1.00")]
    [InlineData("Firmware Version 1.0.3")]
    [InlineData("HDR+ 1.0.540104767zd")]
    [InlineData("17.1.2")]
    [InlineData("iOS 17.1")]
    [InlineData("Android 14")]
    [InlineData("G998BXXU5CVDD")]
    [InlineData("Nikon Transfer 2.13.1 W")]
    [InlineData("ViewNX-i 1.4.3 W")]
    [InlineData("EOS Utility")]
    [InlineData("Canon ImageBrowser EX")]
    [InlineData("PlayMemories Home")]
    [InlineData("ImageMagick 7.1.1")]
    [InlineData("Microsoft Photo Gallery 16.4.3528.331")]
    [InlineData("QuickTime 6.0.2")]
    [InlineData("FinePix Viewer Ver.1.1")]
    [InlineData("PIL")]
    [InlineData("")]
    public void FirmwareTransferToolsAndConverters_AreNoEvidence(string software) =>
        Assert.Equal(ImageProvenance.Unknown, SoftwareCatalog.Classify(software).Points);

    [Fact]
    public void PhotoshopWithAVersionWord_StaysAnEditor() =>
        Assert.Equal(ImageProvenance.Edited, SoftwareCatalog.Classify("Adobe Photoshop CS5 Ver. 12").Points);
}
