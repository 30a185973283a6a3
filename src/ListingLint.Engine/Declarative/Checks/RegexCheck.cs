using System.Text.RegularExpressions;

namespace ListingLint.Engine.Declarative.Checks;

/// <summary><c>matches</c> and <c>containsAny</c>: a regular expression, compiled once, run with a match timeout.</summary>
public sealed class RegexCheck(string name, Regex regex) : Check
{
    // Long enough for any sane pattern on a long description; a catastrophic one fails the rule (LL0001) instead of hanging.
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    public override string Name => name;

    public Regex Regex => regex;

    public override bool Test(object? value) => value is string text
        ? regex.IsMatch(text)
        : FieldValues.Items(value).Any(i => regex.IsMatch(FieldValues.Text(i)));

    public override string? Match(object? value) =>
        FieldValues.Items(value).Select(i => regex.Match(FieldValues.Text(i))).FirstOrDefault(m => m.Success)?.Value;

    public static Regex Pattern(string pattern) =>
        new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);

    /// <summary>Any of the words or phrases as a whole word, ignoring case: "usb" matches "USB-C cable" but not "busbar".</summary>
    public static Regex Words(IEnumerable<string> words)
    {
        var alternatives = string.Join("|", words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w.Trim())));
        return new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled, MatchTimeout);
    }
}
