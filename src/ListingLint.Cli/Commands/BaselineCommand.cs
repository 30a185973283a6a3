using System.CommandLine;
using ListingLint.Baselines;
using ListingLint.Diagnostics;
using ListingLint.Engine.Hosting;

namespace ListingLint.Cli.Commands;

/// <summary>
/// <c>listinglint baseline add|prune|show</c>: the triage loop around a baseline file. Each subcommand audits the
/// paths without the baseline, so that it sees every current finding, and compares fingerprints.
/// </summary>
public static class BaselineCommand
{
    private const int ShownPerList = 200;

    public static Command Create(CliConsole console)
    {
        var command = new Command("baseline", "Manage a baseline of accepted findings: add current findings, prune stale entries, show what it hides.");
        command.Subcommands.Add(Add(console));
        command.Subcommands.Add(Prune(console));
        command.Subcommands.Add(Show(console));
        return command;
    }

    private static Command Add(CliConsole console)
    {
        var (paths, baseline, config) = (Paths(ArgumentArity.OneOrMore), BaselineOption(), ConfigOption());
        var command = new Command("add", "Add every current finding (not suppressed in its listing) to the baseline, keeping its entries.") { paths, baseline, config };
        command.SetAction(result =>
        {
            var file = result.GetValue(baseline)!;
            var existing = File.Exists(file) ? Baseline.Load(file) : Baseline.Empty;
            var current = CurrentFindings(result.GetValue(paths)!, result.GetValue(config));
            var added = current.Findings.Where(d => !existing.Contains(d)).Select(BaselineEntry.From).DistinctBy(e => e.Fingerprint).ToArray();
            var updated = new Baseline(existing.Entries.Concat(added));
            updated.Save(file);
            console.Out.WriteLine($"baseline {file}: added {added.Length} finding{Plural(added.Length)}, now holds {updated.Count}");
            return ExitCodes.Clean;
        });
        return command;
    }

    private static Command Prune(CliConsole console)
    {
        var (paths, baseline, config) = (Paths(ArgumentArity.OneOrMore), BaselineOption(), ConfigOption());
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the stale entries without changing the file." };
        var unaudited = new Option<bool>("--unaudited") { Description = "Also remove entries of listings that are not in the paths (deleted listings)." };
        var command = new Command("prune", "Remove the entries of audited listings whose finding no longer occurs.") { paths, baseline, config, dryRun, unaudited };
        command.SetAction(result =>
        {
            var file = result.GetValue(baseline)!;
            var existing = Baseline.Load(file);
            var stale = CurrentFindings(result.GetValue(paths)!, result.GetValue(config)).Stale(existing, result.GetValue(unaudited));
            WriteEntries(console.Out, "stale", stale);
            if (!result.GetValue(dryRun) && stale.Length > 0)
                new Baseline(existing.Entries.Except(stale)).Save(file);
            var verb = result.GetValue(dryRun) ? "would remove" : "removed";
            console.Out.WriteLine($"baseline {file}: {verb} {stale.Length} stale entr{(stale.Length == 1 ? "y" : "ies")}, {existing.Count - stale.Length} remain");
            return ExitCodes.Clean;
        });
        return command;
    }

    private static Command Show(CliConsole console)
    {
        var (paths, baseline, config) = (Paths(ArgumentArity.ZeroOrMore), BaselineOption(), ConfigOption());
        var command = new Command("show", "With paths: the current findings the baseline hides, then its stale entries. Without: its entries by rule.") { paths, baseline, config };
        command.SetAction(result =>
        {
            var file = result.GetValue(baseline)!;
            var existing = Baseline.Load(file);
            var audited = result.GetValue(paths) ?? [];
            if (audited.Length == 0)
            {
                foreach (var rule in existing.Entries.GroupBy(e => e.RuleId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
                    console.Out.WriteLine($"{rule.Key,-10} {rule.Count(),6} entr{(rule.Count() == 1 ? "y" : "ies")} in {rule.Select(e => e.ListingId).Distinct().Count()} listing(s)");
                console.Out.WriteLine($"baseline {file}: {existing.Count} entr{(existing.Count == 1 ? "y" : "ies")}");
                return ExitCodes.Clean;
            }
            var current = CurrentFindings(audited, result.GetValue(config));
            var hidden = current.Findings.Where(existing.Contains).ToArray();
            foreach (var listing in hidden.GroupBy(d => d.ListingId).Take(ShownPerList))
            {
                console.Out.WriteLine(listing.Key);
                foreach (var d in listing)
                    console.Out.WriteLine($"  {d.Severity.ToName(),-7} {d.Id,-8} {d.Location.Pointer,-28} {d.Message}");
            }
            var stale = current.Stale(existing, unaudited: false);
            WriteEntries(console.Out, "stale", stale);
            var elsewhere = existing.Count - hidden.Select(d => d.Fingerprint).Distinct().Count() - stale.Length;
            console.Out.WriteLine($"baseline {file}: hides {hidden.Length} current finding{Plural(hidden.Length)} in {hidden.Select(d => d.ListingId).Distinct().Count()} listing(s); " +
                                  $"{stale.Length} stale entr{(stale.Length == 1 ? "y" : "ies")} (remove with 'listinglint baseline prune'); {elsewhere} for listings not in these paths");
            return ExitCodes.Clean;
        });
        return command;
    }

    /// <summary>The listings audited, and every finding a baseline could hold: not suppressed in its listing, and the listing was readable.</summary>
    private sealed record Audit(IReadOnlyList<Diagnostic> Findings, IReadOnlySet<string> ListingIds)
    {
        public HashSet<string> Fingerprints { get; } = Findings.Select(d => d.Fingerprint).ToHashSet(StringComparer.Ordinal);

        /// <summary>Entries of audited listings whose finding is gone; with <paramref name="unaudited"/>, also entries of listings not in the paths.</summary>
        public BaselineEntry[] Stale(Baseline baseline, bool unaudited) =>
            baseline.Entries.Where(e => !Fingerprints.Contains(e.Fingerprint) && (unaudited || ListingIds.Contains(e.ListingId))).ToArray();
    }

    private static Audit CurrentFindings(IReadOnlyList<string> paths, string? configPath)
    {
        var configuration = ConfigurationResolver.Resolve(configPath);
        var setup = AuditSetup.Create(configuration, paths);
        var reports = new BatchAuditor(setup.Engine, Environment.ProcessorCount).Run(setup.Pending).ToArray();
        var findings = reports.SelectMany(r => r.Diagnostics).Where(d => !d.IsSuppressed && d.Id != EngineDescriptors.ListingUnreadable.Id).ToArray();
        return new Audit(findings, reports.Select(r => r.ListingId).ToHashSet(StringComparer.Ordinal));
    }

    private static void WriteEntries(TextWriter writer, string label, IReadOnlyList<BaselineEntry> entries)
    {
        foreach (var e in entries.Take(ShownPerList))
            writer.WriteLine($"  {label}  {e.RuleId,-8} {e.ListingId}  {e.Message}");
        if (entries.Count > ShownPerList)
            writer.WriteLine($"  … {entries.Count - ShownPerList} more");
    }

    private static Argument<string[]> Paths(ArgumentArity arity) =>
        new("paths") { Description = "Listing files or folders to audit.", Arity = arity };

    private static Option<string> BaselineOption() =>
        new("--baseline", "-b") { Description = "The baseline file.", Required = true };

    private static Option<string?> ConfigOption() =>
        new("--config", "-c") { Description = "Configuration file (default: the nearest listinglint.json)." };

    private static string Plural(int n) => n == 1 ? "" : "s";
}
