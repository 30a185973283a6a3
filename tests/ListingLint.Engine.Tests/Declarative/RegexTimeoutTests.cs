using System.Diagnostics;

namespace ListingLint.Engine.Tests.Declarative;

public class RegexTimeoutTests
{
    [Fact]
    public void CatastrophicPatternOnLongTitle_BecomesRuleCrashInsteadOfHanging()
    {
        var tester = DeclarativeRules.Rule("listing", """{ "field": "title", "matches": "^(\\w+\\s?)*$" }""");
        var title = string.Join(" ", Enumerable.Repeat("waterproof", 400)) + " camera!";
        var listing = $$"""{ "id": "1005000000001", "title": "{{title}}" }""";
        var clock = Stopwatch.StartNew();

        var crash = Assert.Single(tester.Run(listing));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Equal("LL0001", crash.Id);
        Assert.Contains("RegexMatchTimeoutException", crash.Message);
        Assert.Contains("ACME001", crash.Message);
    }
}
