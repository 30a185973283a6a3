namespace ListingLint.Engine.Declarative.Checks;

/// <summary><c>equals</c> and <c>in</c>: numbers compare as numbers, text ignoring case and surrounding spaces.</summary>
public sealed class EqualsCheck(string name, IReadOnlyList<object> expected) : Check
{
    public override string Name => name;

    public override bool Test(object? value) => FieldValues.Items(value).Any(Matches);

    private bool Matches(object item)
    {
        foreach (var candidate in expected)
        {
            if (candidate is decimal number)
            {
                if (FieldValues.TryNumber(item, out var actual) && actual == number)
                    return true;
            }
            else if (string.Equals(FieldValues.Text(item).Trim(), FieldValues.Text(candidate).Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
