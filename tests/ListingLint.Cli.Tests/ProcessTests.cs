using System.Diagnostics;

namespace ListingLint.Cli.Tests;

/// <summary>The README's audit command, run as a real process from the repository root.</summary>
public class ProcessTests
{
    [Fact]
    public async Task ReadmeAuditOfFixtures_RunsAsAProcess_WithoutProgressInRedirectedOutput()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "listinglint.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", cli, "audit", "fixtures"])
        {
            WorkingDirectory = CliRunner.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout;
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("fixtures/listings/feed.ndjson", output);
        Assert.Matches(@"✖ \d+ problems", output);
        Assert.DoesNotContain("\u001b[", output);
        Assert.Equal("", await stderr);
    }

    [Fact]
    public async Task StandardInput_IsReadAsNdjson()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "listinglint.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", cli, "audit", "-", "--format", "json"])
        {
            WorkingDirectory = CliRunner.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync("{\"id\":\"in-1\",\"title\":\"Mug\",\"attributes\":{\"Color\":\"as picture\"}}\n{\"id\":\"in-2\",\"title\":\"Cup\"}\n");
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("\"listingId\": \"in-1\"", output);
        Assert.Contains("\"file\": \"<stdin>\"", output);
        Assert.Contains("\"listings\": 2", output);
    }
}
