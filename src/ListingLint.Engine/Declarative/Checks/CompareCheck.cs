namespace ListingLint.Engine.Declarative.Checks;

/// <summary><c>lessThan</c> and <c>greaterThan</c>: a number, or text that reads as one; anything else does not pass.</summary>
public sealed class CompareCheck(string name, decimal bound, bool less) : Check
{
    public override string Name => name;

    public override bool Test(object? value) => value switch
    {
        null => false,
        decimal or int or string => Passes(value),
        _ => FieldValues.Items(value).Any(Passes),
    };

    private bool Passes(object item) => FieldValues.TryNumber(item, out var n) && (less ? n < bound : n > bound);
}
