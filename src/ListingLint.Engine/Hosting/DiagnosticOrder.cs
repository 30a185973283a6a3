using ListingLint.Diagnostics;

namespace ListingLint.Engine.Hosting;

/// <summary>A listing's diagnostics in a stable order: by position, then ID, then message.</summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var c = x.Location.Line.CompareTo(y.Location.Line);
        if (c != 0) return c;
        c = x.Location.Column.CompareTo(y.Location.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Id, y.Id);
        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }
}
