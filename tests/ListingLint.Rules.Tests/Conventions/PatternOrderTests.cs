using ListingLint.Model;
using ListingLint.Model.Images;
using ListingLint.Rules.Brand;
using ListingLint.Rules.Shared;
using ListingLint.Rules.Text;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;

namespace ListingLint.Rules.Tests.Conventions;

/// <summary>
/// A rule of several patterns whose first pattern has no condition puts every fact of that type through a join,
/// and retracts it again after the listing. For the facts every listing has, that is work for every listing whether
/// or not it has the rarer facts the rule is about: built-in rules match the rare fact first.
/// </summary>
public class PatternOrderTests
{
    private static readonly Type[] EveryListingHas = [typeof(Listing), typeof(TitleText), typeof(NamedValues), typeof(BrandField), typeof(ImageGallery)];

    [Fact]
    public void NoRule_StartsWithAnUnconditionalPatternEveryListingMatches()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(NamedValue).Assembly));
        var offending = repository.GetRules()
            .Where(rule => rule.LeftHandSide.ChildElements.OfType<PatternElement>().Count() > 1)
            .Where(rule => rule.LeftHandSide.ChildElements.FirstOrDefault() is PatternElement { Expressions.Count: 0 } first
                && EveryListingHas.Contains(first.ValueType))
            .Select(rule => rule.Name)
            .ToArray();
        Assert.True(offending.Length == 0, $"rules starting with an unconditional pattern on a per-listing fact: {string.Join(", ", offending)}");
    }
}
