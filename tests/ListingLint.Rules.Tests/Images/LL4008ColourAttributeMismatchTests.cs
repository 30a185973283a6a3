using ListingLint.Diagnostics;
using ListingLint.Rules.Images;
using ListingLint.Testing;

namespace ListingLint.Rules.Tests.Images;

public class LL4008ColourAttributeMismatchTests
{
    private static readonly RuleTester Tester = ImageTesters.For<LL4008ColourAttributeMismatch>();

    private static string Mug(string colour, string image = "rules/LL4008/images/mug-red.jpg") =>
        $$"""{ "id": "m1", "title": "Ceramic Coffee Mug 350ml", "attributes": { "Material": "Ceramic", "Color": "{{colour}}" }, "images": [ "{{image}}" ] }""";

    [Theory]
    [InlineData("Blue")]
    [InlineData("Navy Blue")]
    [InlineData("yellow")]
    public void NamedColourAbsentFromRedMainImage_Fires(string colour)
    {
        var found = Tester.Fires(Mug(colour), "LL4008", "/attributes/Color", Severity.Warning);
        Assert.Equal("red", found[0].Evidence["dominant"]);
    }

    [Fact]
    public void RedNamedForBluePhoto_Fires() =>
        Tester.Fires(Mug("Red", "rules/LL4008/images/mug-blue.jpg"), "LL4008", "/attributes/Color");

    [Theory]
    [InlineData("Red")]
    [InlineData("Wine Red")]
    [InlineData("Pink")]
    [InlineData("Multicolor")]
    [InlineData("Blue/Red")]
    [InlineData("Gold")]
    [InlineData("as picture")]
    public void MatchingNeighbouringOrUnjudgeableColour_Quiet(string colour) => Tester.Quiet(Mug(colour));

    [Fact]
    public void SeveralColourVariants_Quiet() =>
        Tester.Quiet("""
            { "id": "m2", "title": "Ceramic Coffee Mug", "attributes": { "Color": "Blue" },
              "variants": [ { "sku": "R", "options": { "Color": "Red" } }, { "sku": "B", "options": { "Color": "Blue" } } ],
              "images": [ "rules/LL4008/images/mug-red.jpg" ] }
            """);

    [Fact]
    public void MainImageRoleDecides_NotTheFirstImage() =>
        Tester.Quiet("""
            { "id": "m3", "title": "Ceramic Coffee Mug", "attributes": { "Color": "Blue" },
              "images": [ "rules/LL4008/images/mug-red.jpg", { "src": "rules/LL4008/images/mug-blue.jpg", "role": "main" } ] }
            """);
}
