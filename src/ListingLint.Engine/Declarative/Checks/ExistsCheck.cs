namespace ListingLint.Engine.Declarative.Checks;

/// <summary><c>exists</c>: the field is present with a value that is not blank text or an empty list.</summary>
public sealed class ExistsCheck(bool expected) : Check
{
    public override string Name => "exists";

    public override bool Test(object? value) => Exists(value) == expected;

    public override string? Match(object? value) => FieldValues.Text(value);

    public static bool Exists(object? value) => value switch
    {
        null => false,
        string text => !string.IsNullOrWhiteSpace(text),
        _ when FieldValues.IsList(value) => FieldValues.Items(value).Any(),
        _ => true,
    };
}
