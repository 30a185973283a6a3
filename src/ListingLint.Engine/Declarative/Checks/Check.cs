using System.Reflection;

namespace ListingLint.Engine.Declarative.Checks;

/// <summary>
/// One check of a declarative condition (<c>matches</c>, <c>lessThan</c>, …), built once from the rule file.
/// A list value passes when any of its items passes.
/// </summary>
public abstract class Check
{
    public static readonly MethodInfo TestMethod = typeof(Check).GetMethod(nameof(Test))!;

    /// <summary>The key that names this check in a rule file.</summary>
    public abstract string Name { get; }

    public abstract bool Test(object? value);

    /// <summary>The text that made the check pass, for the <c>{match}</c> placeholder.</summary>
    public virtual string? Match(object? value) => FieldValues.Items(value).Where(i => Test(i)).Select(FieldValues.Text).FirstOrDefault();
}
