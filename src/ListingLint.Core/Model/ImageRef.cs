namespace ListingLint.Model;

/// <summary>An image a listing references. <see cref="ResolvedPath"/> is set for local files inside the allowed root.</summary>
public sealed record ImageRef
{
    public required int Index { get; init; }
    public required string Src { get; init; }
    public string? Role { get; init; }
    public string? Alt { get; init; }
    public string? ResolvedPath { get; init; }

    /// <summary>A local path that would leave the folder the user gave; it is never read.</summary>
    public bool OutsideRoot { get; init; }
    public required Location Location { get; init; }

    public bool IsRemote => Src.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                            || Src.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                            || Src.StartsWith("//", StringComparison.Ordinal);

    public bool IsMain => string.Equals(Role, "main", StringComparison.OrdinalIgnoreCase) || (Role is null && Index == 0);
}
