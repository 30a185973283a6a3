using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace ListingLint.Cli.Tests.Commands;

/// <summary>The SARIF log validates against the official SARIF 2.1.0 schema and names each result's listing.</summary>
public class SarifOutputTests
{
    private static readonly string SchemaPath = Path.Combine(CliRunner.Root, "tests", "ListingLint.Cli.Tests", "sarif-schema",
        "node_modules", "@microsoft", "jest-sarif", "lib", "schemas", "sarif-2.1.0-rtm.5.json");

    private static (JObject Log, string Text) AuditWithSuppressedAndBaselined(TempFolder temp)
    {
        var listing = temp.Write("listing.json", """
            [ { "id": "S1", "title": "Cotton Bag", "attributes": { "Material": "as picture" },
                "listinglint": { "suppress": [ { "id": "LL1001", "justification": "material printed on the label photo" } ] } },
              { "id": "S2", "title": "Linen Bag", "attributes": { "Color": "see description" } },
              { "id": "S3", "title": "Wool Bag", "attributes": { "Color": "N/A" } },
              { "id": "S4", "price": "cheap" } ]
            """);
        var baseline = temp.File("baseline.json");
        File.WriteAllText(baseline, "{ \"findings\": [] }");
        var first = JObject.Parse(CliRunner.Run("audit", listing, "--format", "json").Out);
        var s2 = first["diagnostics"]!.First(d => (string?)d["listingId"] == "S2" && (string?)d["ruleId"] == "LL1001");
        File.WriteAllText(baseline, new JObject { ["findings"] = new JArray(new JObject { ["fingerprint"] = s2["fingerprint"] }) }.ToString());
        var text = CliRunner.Run("audit", listing, "--format", "sarif", "--baseline", baseline).Out;
        return (JObject.Parse(text), text);
    }

    [Fact]
    public async Task Sarif_ValidatesAgainstTheOfficialSchema()
    {
        Assert.True(File.Exists(SchemaPath), $"SARIF schema missing at {SchemaPath}: run 'npm ci' in tests/ListingLint.Cli.Tests/sarif-schema (the build does it)");
        using var temp = new TempFolder();
        var (_, text) = AuditWithSuppressedAndBaselined(temp);
        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        var errors = schema.Validate(text);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task SchemaValidation_CatchesABrokenLog()
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        Assert.NotEmpty(schema.Validate("""{ "version": "2.1.0", "runs": [ { "results": [] } ] }"""));
    }

    [Fact]
    public void Results_NameTheirListing_Rule_Region_AndSuppressions()
    {
        using var temp = new TempFolder();
        var (log, _) = AuditWithSuppressedAndBaselined(temp);
        var run = log["runs"]![0]!;
        var rules = (JArray)run["tool"]!["driver"]!["rules"]!;
        var ll1001 = rules.Single(r => (string?)r["id"] == "LL1001");
        Assert.EndsWith("rules/docs/LL1001.md", (string?)ll1001["helpUri"]);
        Assert.Equal("warning", (string?)ll1001["defaultConfiguration"]!["level"]);

        var results = (JArray)run["results"]!;
        var suppressed = results.Single(r => (string?)r["properties"]!["listingId"] == "S1" && (string?)r["ruleId"] == "LL1001");
        Assert.Equal("inSource", (string?)suppressed["suppressions"]![0]!["kind"]);
        Assert.Equal("material printed on the label photo", (string?)suppressed["suppressions"]![0]!["justification"]);
        var baselined = results.Single(r => (string?)r["properties"]!["listingId"] == "S2" && (string?)r["ruleId"] == "LL1001");
        Assert.Equal("external", (string?)baselined["suppressions"]![0]!["kind"]);
        var open = results.Single(r => (string?)r["properties"]!["listingId"] == "S3" && (string?)r["ruleId"] == "LL1001");
        Assert.Null(open["suppressions"]);
        Assert.Equal("S3/attributes/Color", (string?)open["locations"]![0]!["logicalLocations"]![0]!["fullyQualifiedName"]);
        Assert.Equal(4, (int)open["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!);
        Assert.Equal("listing.json", (string?)open["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.ToString().Split('/').Last());
        Assert.NotNull(open["partialFingerprints"]!["listingFinding/v1"]);
        Assert.Equal("error", (string?)results.Single(r => (string?)r["ruleId"] == "LL0002")["level"]);
    }
}
