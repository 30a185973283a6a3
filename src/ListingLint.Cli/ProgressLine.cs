using System.Diagnostics;

namespace ListingLint.Cli;

/// <summary>A single self-overwriting progress line on an interactive terminal; silent when output is redirected.</summary>
public sealed class ProgressLine(TextWriter error, bool enabled) : IDisposable
{
    private readonly Stopwatch _sinceDraw = Stopwatch.StartNew();
    private bool _drawn;

    public void Update(int listings)
    {
        if (!enabled || _sinceDraw.ElapsedMilliseconds < 200)
            return;
        _sinceDraw.Restart();
        error.Write($"\r  audited {listings:N0} listings…");
        _drawn = true;
    }

    public void Dispose()
    {
        if (_drawn)
            error.Write("\r\u001b[2K");
    }
}
