namespace ListingLint.Engine.Tests.Declarative;

public class RuleFileValidationTests
{
    private static string OneRule(string body) => "{ \"rules\": [\n  {\n" + body + "\n  }\n] }";

    private const string Valid = """
            "id": "ACME001",
            "for": "listing",
            "when": { "field": "title", "matches": "(?i)wholesale" },
            "message": "wholesale"
        """;

    [Fact]
    public void ValidRule_Loads()
    {
        var rule = Assert.Single(Engine.Declarative.RuleFileReader.Parse(OneRule(Valid), DeclarativeRules.File));

        Assert.Equal("ACME001", rule.Id);
        Assert.Equal("Custom", rule.Descriptor.Category);
        Assert.Equal((3, 11), (rule.Line, rule.Column));
    }

    [Fact]
    public void BadJson_NamesLineAndColumn()
    {
        var error = DeclarativeRules.Broken("{ \"rules\": [\n  { \"id\": \"ACME001\" \"for\": \"listing\" }\n] }");

        Assert.Equal(DeclarativeRules.File, error.File);
        Assert.Equal(2, error.Line);
        Assert.True(error.Column > 0);
        Assert.StartsWith("acme.rules.json(2,", error.Message);
        Assert.Contains("not valid JSON", error.Message);
    }

    [Fact]
    public void UnknownCondition_NamesTheKey()
    {
        var error = DeclarativeRules.Broken(OneRule(Valid.Replace("\"matches\"", "\"startsWith\"")));

        Assert.Equal(5, error.Line);
        Assert.Contains("unknown condition 'startsWith'", error.Problem);
    }

    [Fact]
    public void BadRegex_NamesThePattern()
    {
        var error = DeclarativeRules.Broken(OneRule(Valid.Replace("(?i)wholesale", "(wholesale")));

        Assert.Equal(5, error.Line);
        Assert.Contains("bad regular expression", error.Problem);
    }

    [Fact]
    public void UnknownFor_ListsTheTargets()
    {
        var error = DeclarativeRules.Broken(OneRule(Valid.Replace("\"for\": \"listing\"", "\"for\": \"sku\"")));

        Assert.Equal(4, error.Line);
        Assert.Contains("unknown \"for\": 'sku' (one of: listing, attribute, variant, image)", error.Problem);
    }

    [Fact]
    public void DuplicateId_PointsAtTheSecond()
    {
        var error = DeclarativeRules.Broken("{ \"rules\": [\n  {" + Valid + "},\n  {" + Valid + "}\n] }");

        Assert.Equal(6, error.Line);
        Assert.Contains("duplicate rule id 'ACME001' (first defined at line 2)", error.Problem);
    }

    [Theory]
    [InlineData("LL1001")]
    [InlineData("ll9000")]
    public void LlPrefixedId_IsRefused(string id)
    {
        var error = DeclarativeRules.Broken(OneRule(Valid.Replace("ACME001", id)));

        Assert.Equal(3, error.Line);
        Assert.Contains("reserved for built-in rules", error.Problem);
    }

    [Fact]
    public void MissingMessage_NamesTheRule()
    {
        var error = DeclarativeRules.Broken(OneRule(Valid.Replace(",\n    \"message\": \"wholesale\"", "")));

        Assert.Equal(2, error.Line);
        Assert.Equal("rule ACME001 has no \"message\"", error.Problem);
    }

    [Theory]
    [InlineData("\"field\": \"colour\", \"exists\": true", "an attribute has no field 'colour'")]
    [InlineData("\"field\": \"name\"", "has no check")]
    [InlineData("\"field\": \"value\", \"in\": []", "'in' takes a non-empty array")]
    [InlineData("\"field\": \"value\", \"lengthLessThan\": 2.5", "takes a whole number")]
    [InlineData("\"all\": [], \"field\": \"name\"", "'all' must be the only key")]
    public void BrokenAttributeCondition_IsRefused(string when, string problem)
    {
        var error = DeclarativeRules.Broken(OneRule($$"""
                "id": "ACME003", "for": "attribute", "when": { {{when}} }, "message": "m"
            """));

        Assert.Equal(3, error.Line);
        Assert.Contains(problem, error.Problem);
    }

    [Theory]
    [InlineData("\"severty\": \"error\",", "unknown rule key 'severty'")]
    [InlineData("\"severity\": \"fatal\",", "unknown severity 'fatal'")]
    [InlineData("\"help\": 42,", "\"help\" must be a non-empty string")]
    public void BrokenRuleKey_IsRefused(string extra, string problem)
    {
        var error = DeclarativeRules.Broken(OneRule(extra + Valid));

        Assert.Contains(problem, error.Problem);
        Assert.True(error.Line >= 3);
    }

    [Fact]
    public void InvalidId_IsRefused()
    {
        var error = DeclarativeRules.Broken(OneRule(Valid.Replace("ACME001", "ACME-1")));

        Assert.Contains("is not a rule id", error.Problem);
    }

    [Fact]
    public void UnknownPlaceholder_OnImageIsRefused()
    {
        var error = DeclarativeRules.Broken(OneRule("""
                "id": "ACME004", "for": "image", "when": { "field": "src", "exists": true },
                "message": "image {width} too small"
            """));

        Assert.Equal(4, error.Line);
        Assert.Contains("placeholder {width}: an image has no field 'width'", error.Problem);
    }

    [Fact]
    public void UnclosedPlaceholder_IsRefused()
    {
        var error = DeclarativeRules.Broken(OneRule(Valid.Replace("\"message\": \"wholesale\"", "\"message\": \"title {title\"")));

        Assert.Contains("unclosed '{'", error.Problem);
    }
}
