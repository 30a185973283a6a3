using ListingLint.Engine.Authoring;

namespace ListingLint.Engine.Hosting;

/// <summary>
/// Where <c>ctx.Report</c> puts findings while a listing's rules fire on this thread. When no rule pattern matches
/// <see cref="Finding"/>, inserting one would only send it through the whole network, to be read back after
/// <c>Fire()</c> and retracted; the engine collects findings here instead. With a rule that matches findings there is
/// no sink, and findings are facts as before.
/// </summary>
internal static class FindingSink
{
    [ThreadStatic]
    private static List<Finding>? _current;

    public static List<Finding>? Current => _current;

    /// <summary>Collects the findings reported on this thread into <paramref name="findings"/> until disposed.</summary>
    public static Scope Collect(List<Finding>? findings)
    {
        _current = findings;
        return default;
    }

    public readonly struct Scope : IDisposable
    {
        public void Dispose() => _current = null;
    }
}
