namespace ListingLint.Engine.Declarative.Checks;

/// <summary><c>lengthGreaterThan</c> and <c>lengthLessThan</c>: characters of text, items of a list. A missing field has no length.</summary>
public sealed class LengthCheck(string name, int bound, bool less) : Check
{
    public override string Name => name;

    public override bool Test(object? value)
    {
        int length;
        if (value is string text)
            length = text.Length;
        else if (FieldValues.IsList(value))
            length = FieldValues.Items(value).Count();
        else
            return false;
        return less ? length < bound : length > bound;
    }

    public override string? Match(object? value) => FieldValues.Text(value);
}
