using ListingLint.Baselines;
using ListingLint.Configuration;
using ListingLint.Diagnostics;
using ListingLint.Model;

namespace ListingLint.Core.Tests.Baselines;

public sealed class BaselineTests : IDisposable
{
    private static readonly DiagnosticDescriptor Descriptor = new(id: "LL1001", title: "t", messageFormat: "{0}", category: Categories.Attributes,
        defaultSeverity: Severity.Warning, prevents: DisputeKind.NotAsDescribed);

    private readonly string _folder = Directory.CreateTempSubdirectory("ll-baseline-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Diagnostic Finding(string listingId, string message, int line) => new()
    {
        Descriptor = Descriptor,
        Severity = Severity.Warning,
        Message = message,
        ListingId = listingId,
        Location = new Location("a.json", "/attributes/Color", line, 3),
    };

    [Fact]
    public void SavedBaseline_LoadsAndContainsItsFindings()
    {
        var path = Path.Combine(_folder, "baseline.json");
        new Baseline([BaselineEntry.From(Finding("1", "Color is as picture", 4))]).Save(path);
        var loaded = Baseline.Load(path);
        Assert.Equal(1, loaded.Count);
        Assert.True(loaded.Contains(Finding("1", "Color is as picture", 4)));
    }

    [Fact]
    public void Fingerprint_IgnoresLinesAndOrder_ButNotListingOrMessage()
    {
        var original = Finding("1", "Color is as picture", 4);
        Assert.Equal(original.Fingerprint, Finding("1", "Color is as picture", 40).Fingerprint);
        Assert.NotEqual(original.Fingerprint, Finding("2", "Color is as picture", 4).Fingerprint);
        Assert.NotEqual(original.Fingerprint, Finding("1", "Color is see description", 4).Fingerprint);
    }

    [Fact]
    public void BrokenBaseline_IsAConfigurationError()
    {
        var path = Path.Combine(_folder, "broken.json");
        File.WriteAllText(path, """{ "findings": [ { "ruleId": "LL1001" } ] }""");
        var error = Assert.Throws<ConfigurationException>(() => Baseline.Load(path));
        Assert.Contains("no 'fingerprint'", error.Message);
    }
}
