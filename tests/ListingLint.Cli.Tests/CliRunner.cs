using ListingLint.Testing;

namespace ListingLint.Cli.Tests;

public sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs the CLI in-process with captured output; paths in the output are made relative to the repository.</summary>
public static class CliRunner
{
    public static string Root { get; } = SolutionFolder.Find();

    public static string Fixtures(params string[] parts) => Path.Combine([Root, "fixtures", .. parts]);

    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return new CliResult(exit, Relative(stdout.ToString()), Relative(stderr.ToString()));
    }

    private static string Relative(string text) => text.Replace(Root + Path.DirectorySeparatorChar, "");
}
