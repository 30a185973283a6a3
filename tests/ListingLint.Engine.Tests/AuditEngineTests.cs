using ListingLint.Diagnostics;
using ListingLint.Engine.Tests.TestRules;
using ListingLint.Testing;

namespace ListingLint.Engine.Tests;

public class AuditEngineTests
{
    private static readonly Type[] AllTestRules = [typeof(TST001WholesaleInTitle), typeof(TST002ThrowsInCondition), typeof(TST003ThrowsInAction)];

    [Fact]
    public void ThrowingCondition_BecomesLL0001_AndOtherRulesFindingsStand()
    {
        var found = RuleTester.For(AllTestRules).Run("""{ "id": "L1", "title": "boom" }""");
        var crash = Assert.Single(found, d => d.Id == "LL0001");
        Assert.Equal("Rule TST002 threw InvalidOperationException on listing 'L1': condition exploded", crash.Message);
        Assert.Equal("L1", crash.ListingId);
        Assert.Equal("TST002", crash.Evidence["rule"]);

        var withWholesale = RuleTester.For(AllTestRules).Run("""{ "id": "L2", "title": "boom" }""".Replace("boom", "wholesale boom"));
        Assert.Contains(withWholesale, d => d.Id == "TST001");
    }

    [Fact]
    public void ThrowingAction_BecomesLL0001_OncePerRule_AndOtherRulesFindingsStand()
    {
        const string json = """{ "id": "L3", "title": "Wholesale socks", "variants": [ { "sku": "A" }, { "sku": "B" } ] }""";
        var found = RuleTester.For(AllTestRules).Run(json);
        Assert.Contains(found, d => d.Id == "TST001");
        var crashes = found.Where(d => d.Id == "LL0001").ToArray();
        Assert.Equal(2, crashes.Length);
        Assert.All(crashes, c => Assert.Contains("Rule TST003 threw ArgumentException on listing 'L3': action exploded on", c.Message));
    }

    [Fact]
    public void ListingsAuditedOneAfterAnother_GetTheSameFindingsAsEachAlone()
    {
        // One session is reused per thread: nothing of one listing may leak into the next, also after a crash.
        string[] titles = ["Wholesale socks", "Plain socks", "boom", "Wholesale hats", "Plain hats", "wholesale boom"];
        var json = "[" + string.Join(",", titles.Select((t, i) => $$"""{ "id": "L{{i}}", "title": "{{t}}" }""")) + "]";
        var together = RuleTester.For(AllTestRules).Run(json);
        for (var i = 0; i < titles.Length; i++)
        {
            var alone = RuleTester.For(AllTestRules).Run($$"""{ "id": "L{{i}}", "title": "{{titles[i]}}" }""");
            Assert.Equal(alone.Select(d => d.Id + d.Message), together.Where(d => d.ListingId == $"L{i}").Select(d => d.Id + d.Message));
        }
        Assert.Equal(3, together.Count(d => d.Id == "TST001"));
        Assert.Equal(1, together.Count(d => d.Id == "LL0001"));
    }

    [Fact]
    public void AFindingIsAFact_WhenARuleMatchesFindings()
    {
        var found = RuleTester.For([typeof(TST001WholesaleInTitle), typeof(TST004RepeatsWholesaleFinding)])
            .Run("""[{ "id": "L1", "title": "Wholesale socks" }, { "id": "L2", "title": "Plain socks" }, { "id": "L3", "title": "Wholesale hats" }]""");
        Assert.Equal(["L1:TST001", "L1:TST004", "L3:TST001", "L3:TST004"], found.Select(d => d.ListingId + ":" + d.Id).Order());
        Assert.Equal("TST001 said: Title says 'wholesale'", found.First(d => d.Id == "TST004").Message);
    }

    [Fact]
    public void FindingsAreReported_WhenNoRuleMatchesThem()
    {
        var found = RuleTester.For([typeof(TST001WholesaleInTitle)])
            .Run("""[{ "id": "L1", "title": "Wholesale socks" }, { "id": "L2", "title": "Plain socks" }, { "id": "L3", "title": "Wholesale hats" }]""");
        Assert.Equal(["L1:TST001", "L3:TST001"], found.Select(d => d.ListingId + ":" + d.Id));
    }

    [Fact]
    public void AFindingARuleInsertsItself_IsReportedToo()
    {
        var found = RuleTester.For([typeof(TST001WholesaleInTitle), typeof(TST005InsertsItsOwnFinding)])
            .Run("""[{ "id": "L1", "title": "Wholesale socks" }, { "id": "L2", "title": "Plain hats" }]""");
        Assert.Equal(["L1:TST001", "L1:TST005"], found.Select(d => d.ListingId + ":" + d.Id).Order());
    }

    [Fact]
    public void RuleOptions_ReachTheRuleBeforeItIsCompiled()
    {
        var tester = RuleTester.For<TST001WholesaleInTitle>("""{ "rules": { "TST001": { "word": "bulk" } } }""");
        tester.Fires("""{ "id": "L", "title": "Bulk socks" }""", "TST001", "/title");
        tester.Quiet("""{ "id": "L", "title": "Wholesale socks" }""");
    }

    [Fact]
    public void ConfiguredSeverity_WinsOverDefault_AndOffRemovesTheRule()
    {
        RuleTester.For<TST001WholesaleInTitle>("""{ "rules": { "TST001": "error" } }""")
            .Fires("""{ "id": "L", "title": "Wholesale" }""", "TST001", severity: Severity.Error);
        RuleTester.For<TST001WholesaleInTitle>("""{ "rules": { "TST001": "off" } }""").Quiet("""{ "id": "L", "title": "Wholesale" }""");
        RuleTester.For<TST001WholesaleInTitle>("""{ "categories": { "Text": "off" } }""").Quiet("""{ "id": "L", "title": "Wholesale" }""");
    }

    [Fact]
    public void SuppressionWithJustification_MarksTheFinding()
    {
        var found = RuleTester.For<TST001WholesaleInTitle>().Fires("""
            { "id": "L", "title": "Wholesale", "listinglint": { "suppress": [ { "id": "TST001", "justification": "B2B channel" } ] } }
            """, "TST001");
        Assert.Equal(SuppressionKind.InSource, found[0].Suppression);
        Assert.Equal("B2B channel", found[0].Justification);
    }

    [Theory]
    [InlineData("""[ { "id": "TST001" } ]""", "has no justification")]
    [InlineData("""[ { "id": "TST001", "justification": "  " } ]""", "has no justification")]
    [InlineData("""[ { "id": "NOPE123", "justification": "x" } ]""", "unknown rule 'NOPE123'")]
    public void InvalidSuppression_IsLL0003_AndDoesNotSuppress(string suppress, string message)
    {
        var found = RuleTester.For<TST001WholesaleInTitle>().Run($$"""{ "id": "L", "title": "Wholesale", "listinglint": { "suppress": {{suppress}} } }""");
        Assert.Contains(found, d => d.Id == "LL0003" && d.Message.Contains(message) && d.Location.Pointer == "/listinglint/suppress/0");
        Assert.False(Assert.Single(found, d => d.Id == "TST001").IsSuppressed);
    }
}
