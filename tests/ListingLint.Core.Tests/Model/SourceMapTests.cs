using ListingLint.Model;

namespace ListingLint.Core.Tests.Model;

public class SourceMapTests
{
    [Fact]
    public void Resolve_FallsBackToTheNearestAncestorThatWasRead()
    {
        var map = new SourceMap("a.json");
        map.Add("", 1, 1);
        map.Add("/variants/1", 7, 5);
        Assert.Equal(new Location("a.json", "/variants/1/price", 7, 5), map.Resolve("/variants/1/price"));
        Assert.Equal(new Location("a.json", "/title", 1, 1), map.Resolve("/title"));
    }

    [Fact]
    public void JsonPointer_EscapesSlashAndTilde()
    {
        Assert.Equal("/attributes/Size~1Fit~0", JsonPointer.Append("/attributes", "Size/Fit~"));
    }
}
