namespace ListingLint.Model;

/// <summary>Where a value was read: the file, a JSON pointer inside the listing, and a 1-based line and column (0 when unknown).</summary>
public sealed record Location(string File, string Pointer, int Line, int Column)
{
    public static readonly Location None = new("", "", 0, 0);

    public bool HasPosition => Line > 0;

    public Location WithPointer(string pointer) => this with { Pointer = pointer };

    public override string ToString()
    {
        var position = HasPosition ? $"({Line},{Column})" : "";
        var pointer = Pointer.Length > 0 ? $" {Pointer}" : "";
        return $"{File}{position}{pointer}";
    }
}
