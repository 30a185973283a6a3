using ListingLint.Loading.Inputs;

namespace ListingLint.Loading.Tests.Inputs;

public sealed class InputExpanderTests : IDisposable
{
    private readonly LoadingFixture _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Folder_IsReadRecursively_InStableOrder_SkippingConfigAndRuleFiles()
    {
        _files.Write("b.json", "{}");
        _files.Write("a/z.ndjson", "{}");
        _files.Write("a/page.html", "<html></html>");
        _files.Write("listinglint.json", "{}");
        _files.Write("acme.rules.json", "{}");
        _files.Write("notes.txt", "x");
        var (files, missing) = new InputExpander().Expand([_files.Folder]);
        Assert.Empty(missing);
        Assert.Equal(["a/page.html", "a/z.ndjson", "b.json"], files.Select(f => Path.GetRelativePath(_files.Folder, f.FullPath!).Replace('\\', '/')));
    }

    [Fact]
    public void IncludeAndExcludeGlobs_AreApplied()
    {
        _files.Write("keep/a.json", "{}");
        _files.Write("skip/b.json", "{}");
        _files.Write("keep/c.ndjson", "{}");
        var (files, _) = new InputExpander(["**/*.json"], ["skip/**"]).Expand([_files.Folder]);
        Assert.Equal(["a.json"], files.Select(f => Path.GetFileName(f.FullPath!)));
    }

    [Fact]
    public void ImagesOfAFolderArgument_MayUseTheWholeFolder()
    {
        _files.Write("shop/listing.json", "{}");
        var (files, _) = new InputExpander().Expand([_files.Folder]);
        Assert.Equal(_files.Folder, Assert.Single(files).Root);
    }
}
