using System.Diagnostics;
using ListingLint.Baselines;
using ListingLint.Configuration;
using ListingLint.Diagnostics;
using ListingLint.Engine.Hosting;
using ListingLint.IO;
using ListingLint.Reporting;

namespace ListingLint.Cli.Commands;

/// <summary>One audit: configuration, rules, inputs, engine, report, baseline, exit code.</summary>
public static class AuditRun
{
    public static int Execute(AuditOptions options, CliConsole console)
    {
        if (options.UpdateBaseline && options.BaselinePath is null)
            throw new UsageException("--update-baseline needs --baseline FILE");
        if (options.Jobs < 1)
            throw new UsageException("--jobs must be at least 1");

        var configuration = ConfigurationResolver.Resolve(options.ConfigPath);
        var setup = AuditSetup.Create(configuration, options.Paths, options.Only, options.NoCache, options.Include, options.Exclude);
        var (catalog, engine, pending) = (setup.Catalog, setup.Engine, setup.Pending);
        var baseline = options.BaselinePath is not null && !options.UpdateBaseline ? Baseline.Load(options.BaselinePath) : null;

        var run = new RunInfo(ToolVersion.Current, catalog.Descriptors.ToArray(), EffectiveSeverities(engine, configuration),
            Directory.GetCurrentDirectory(), DateTimeOffset.UtcNow);
        var summary = new AuditSummary();
        var accepted = options.UpdateBaseline ? new List<BaselineEntry>() : null;
        var stopwatch = Stopwatch.StartNew();

        void Report(TextWriter writer, bool color)
        {
            var format = ReportFormats.Create(options.Format, writer, color, configuration.Images.MaxPixels);
            using var progress = new ProgressLine(console.Error, console.ErrorIsTerminal);
            format.Begin(run);
            foreach (var report in new BatchAuditor(engine, options.Jobs, baseline).Run(pending))
            {
                var shown = accepted is null ? report : Accept(report, accepted);
                summary.Add(shown);
                format.Write(shown);
                progress.Update(summary.Listings);
            }
            summary.Duration = stopwatch.Elapsed;
            format.End(summary);
        }

        if (options.Output is not null)
        {
            AtomicFile.Write(options.Output, writer => Report(writer, color: false));
            console.Error.WriteLine($"{summary.Describe()}; report written to {options.Output}");
        }
        else
        {
            Report(console.Out, console.OutIsTerminal && options.Format == "stylish");
            console.Out.Flush();
        }

        if (accepted is not null)
        {
            new Baseline(accepted).Save(options.BaselinePath!);
            console.Error.WriteLine($"baseline {options.BaselinePath} now holds {accepted.Count} finding{(accepted.Count == 1 ? "" : "s")}");
        }
        return summary.FailsAt(options.FailOn) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    // With --update-baseline every current finding becomes accepted, so the run reports them as baselined.
    private static ListingReport Accept(ListingReport report, List<BaselineEntry> accepted)
    {
        var diagnostics = new Diagnostic[report.Diagnostics.Count];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var d = report.Diagnostics[i];
            if (!d.IsSuppressed && d.Id != EngineDescriptors.ListingUnreadable.Id)
            {
                accepted.Add(BaselineEntry.From(d));
                d = d with { Suppression = SuppressionKind.Baseline };
            }
            diagnostics[i] = d;
        }
        return report with { Diagnostics = diagnostics };
    }

    private static IReadOnlyDictionary<string, Severity> EffectiveSeverities(AuditEngine engine, AuditConfiguration configuration)
    {
        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var descriptor in EngineDescriptors.All)
            severities[descriptor.Id] = descriptor.DefaultSeverity;
        foreach (var rule in engine.EnabledRules)
        {
            foreach (var descriptor in rule.Descriptors)
                severities[descriptor.Id] = configuration.ExplicitSeverity(descriptor) ?? descriptor.DefaultSeverity;
        }
        return severities;
    }
}
