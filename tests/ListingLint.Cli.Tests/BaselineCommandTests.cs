using Newtonsoft.Json.Linq;

namespace ListingLint.Cli.Tests;

public sealed class BaselineCommandTests : IDisposable
{
    private const string Kettle = """
        { "id": "1005009100001", "title": "Electric Kettle 1.7L Stainless Steel",
          "attributes": { "Color": "as picture", "Plug Type": "see description", "Capacity": "1.7L" } }
        """;

    private const string Lamp = """
        { "id": "1005009100003", "title": "LED Desk Lamp Dimmable USB", "attributes": { "Color Temperature": "as shown" } }
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "listinglint-baseline-" + Guid.NewGuid().ToString("N"));

    public BaselineCommandTests()
    {
        Directory.CreateDirectory(Kettles);
        Directory.CreateDirectory(Lamps);
        File.WriteAllText(KettleFile, Kettle);
        File.WriteAllText(Path.Combine(Lamps, "lamp.json"), Lamp);
    }

    private string KettleFile => Path.Combine(Kettles, "kettle.json");
    private string Kettles => Path.Combine(_folder, "kettles");
    private string Lamps => Path.Combine(_folder, "lamps");
    private string BaselineFile => Path.Combine(_folder, "baseline.json");

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string[] BaselineRules() =>
        ((JArray)JObject.Parse(File.ReadAllText(BaselineFile))["findings"]!).Select(f => $"{f["listingId"]} {f["ruleId"]}").ToArray();

    [Fact]
    public void Add_WritesEveryCurrentFinding_AndAuditWithItPasses()
    {
        var (exit, output, _) = Run("baseline", "add", Kettles, Lamps, "--baseline", BaselineFile);
        Assert.Equal(0, exit);
        Assert.Contains("added 3 findings, now holds 3", output);
        Assert.Equal(["1005009100001 LL1001", "1005009100001 LL1001", "1005009100003 LL1001"], BaselineRules());
        Assert.Equal(0, Run("audit", Kettles, Lamps, "--baseline", BaselineFile, "--fail-on", "warning").Exit);
        Assert.Equal(1, Run("audit", Kettles, Lamps, "--fail-on", "warning").Exit);
    }

    [Fact]
    public void Add_KeepsExistingEntries_AndAddsOnlyNewOnes()
    {
        Run("baseline", "add", Lamps, "--baseline", BaselineFile);
        var (_, output, _) = Run("baseline", "add", Kettles, Lamps, "--baseline", BaselineFile);
        Assert.Contains("added 2 findings, now holds 3", output);
    }

    [Fact]
    public void Show_ListsHiddenFindings_AndStaleEntriesOfFixedListings()
    {
        Run("baseline", "add", Kettles, Lamps, "--baseline", BaselineFile);
        File.WriteAllText(KettleFile, Kettle.Replace("\"as picture\"", "\"Silver\""));

        var (exit, output, _) = Run("baseline", "show", Kettles, "--baseline", BaselineFile);
        Assert.Equal(0, exit);
        Assert.Contains("/attributes/Plug Type", output);
        Assert.Contains("stale  LL1001   1005009100001  attribute 'Color' is \"as picture\"", output);
        Assert.Contains("hides 1 current finding in 1 listing(s); 1 stale entry", output);
        Assert.Contains("1 for listings not in these paths", output);
    }

    [Fact]
    public void Prune_RemovesOnlyStaleEntriesOfAuditedListings()
    {
        Run("baseline", "add", Kettles, Lamps, "--baseline", BaselineFile);
        File.WriteAllText(KettleFile, Kettle.Replace("\"as picture\"", "\"Silver\""));

        var dry = Run("baseline", "prune", Kettles, "--baseline", BaselineFile, "--dry-run");
        Assert.Contains("would remove 1 stale entry, 2 remain", dry.Out);
        Assert.Equal(3, BaselineRules().Length);

        var (exit, output, _) = Run("baseline", "prune", Kettles, "--baseline", BaselineFile);
        Assert.Equal(0, exit);
        Assert.Contains("removed 1 stale entry, 2 remain", output);
        Assert.Equal(["1005009100001 LL1001", "1005009100003 LL1001"], BaselineRules());

        Run("baseline", "prune", Kettles, "--baseline", BaselineFile, "--unaudited");
        Assert.Equal(["1005009100001 LL1001"], BaselineRules());
    }

    [Fact]
    public void ShowWithoutPaths_CountsEntriesByRule()
    {
        Run("baseline", "add", Kettles, Lamps, "--baseline", BaselineFile);
        var (_, output, _) = Run("baseline", "show", "--baseline", BaselineFile);
        Assert.Contains("LL1001          3 entries in 2 listing(s)", output);
    }

    [Fact]
    public void MissingBaselineFile_IsBadUsage()
    {
        var (exit, _, error) = Run("baseline", "prune", Kettles, "--baseline", Path.Combine(_folder, "none.json"));
        Assert.Equal(2, exit);
        Assert.Contains("baseline file not found", error);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }
}
