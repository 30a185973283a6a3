using System.CommandLine;
using ListingLint.Diagnostics;
using ListingLint.Reporting;

namespace ListingLint.Cli.Commands;

/// <summary><c>listinglint audit &lt;paths…&gt;</c>: parses the command line into <see cref="AuditOptions"/> and runs <see cref="AuditRun"/>.</summary>
public static class AuditCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Listing files or folders (json, ndjson, html); '-' reads standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "stylish" };
        format.AcceptOnlyFromAmong([.. ReportFormats.Names]);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to FILE (whole or not at all) instead of standard output." };
        var config = new Option<string?>("--config", "-c") { Description = "Configuration file (default: the nearest listinglint.json)." };
        var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 when a finding is at or above this severity.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "none");
        var baseline = new Option<string?>("--baseline") { Description = "Baseline file of accepted findings; they are reported as baselined and do not fail the run." };
        var updateBaseline = new Option<bool>("--update-baseline") { Description = "Write every current finding into the --baseline file." };
        var only = new Option<string[]>("--only") { Description = "Run only these rule IDs (comma-separated or repeated).", AllowMultipleArgumentsPerToken = true };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Listings audited in parallel (default: number of cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var include = new Option<string[]>("--include") { Description = "Glob of files to read inside folders (default: **/*.json, **/*.ndjson, **/*.jsonl, **/*.html).", AllowMultipleArgumentsPerToken = true };
        var exclude = new Option<string[]>("--exclude") { Description = "Glob of files to skip inside folders.", AllowMultipleArgumentsPerToken = true };
        var noCache = new Option<bool>("--no-cache") { Description = "Neither read nor write the image facts cache (.listinglint-cache/images.json)." };

        var command = new Command("audit", "Audit listings and report diagnostics.") { paths, format, output, config, failOn, baseline, updateBaseline, only, jobs, include, exclude, noCache };
        command.SetAction(result =>
        {
            var options = new AuditOptions(
                result.GetValue(paths)!,
                result.GetValue(format)!,
                result.GetValue(output),
                result.GetValue(config),
                ParseFailOn(result.GetValue(failOn)!),
                result.GetValue(baseline),
                result.GetValue(updateBaseline),
                ParseOnly(result.GetValue(only)),
                result.GetValue(jobs),
                result.GetValue(include) ?? [],
                result.GetValue(exclude) ?? [],
                result.GetValue(noCache));
            return AuditRun.Execute(options, console);
        });
        return command;
    }

    private static Severity? ParseFailOn(string text) =>
        text == "none" ? null : SeverityNames.TryParse(text, out var severity) ? severity : throw new UsageException($"--fail-on: unknown severity '{text}'");

    private static IReadOnlySet<string>? ParseOnly(string[]? values)
    {
        if (values is null || values.Length == 0)
            return null;
        return values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
