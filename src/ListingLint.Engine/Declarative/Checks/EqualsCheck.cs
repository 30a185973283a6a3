namespace ListingLint.Engine.Declarative.Checks;

/// <summary><c>equals</c> and <c>in</c>: numbers compare as numbers, text ignoring case and surrounding spaces.</summary>
public sealed class EqualsCheck : Check
{
    private readonly string _name;
    private readonly decimal[] _numbers;
    private readonly string[] _texts;

    public EqualsCheck(string name, IReadOnlyList<object> expected)
    {
        _name = name;
        _numbers = expected.OfType<decimal>().ToArray();
        _texts = expected.Where(e => e is not decimal).Select(e => FieldValues.Text(e).Trim()).ToArray();
    }

    public override string Name => _name;

    public override bool Test(object? value) => value is string or decimal ? Matches(value) : FieldValues.Items(value).Any(Matches);

    private bool Matches(object item)
    {
        if (_numbers.Length > 0 && FieldValues.TryNumber(item, out var actual) && _numbers.Contains(actual))
            return true;
        var text = FieldValues.Text(item).AsSpan().Trim();
        foreach (var expected in _texts)
        {
            if (text.Equals(expected, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
