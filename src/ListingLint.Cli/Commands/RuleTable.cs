using ListingLint.Configuration;
using ListingLint.Diagnostics;
using ListingLint.Engine.Hosting;

namespace ListingLint.Cli.Commands;

/// <summary>The plain-text table printed by <c>listinglint rules</c>.</summary>
public static class RuleTable
{
    public static void Write(TextWriter writer, RuleCatalog catalog, AuditConfiguration configuration)
    {
        var sources = catalog.Rules.SelectMany(r => r.Descriptors.Select(d => (d.Id, r.Source))).ToDictionary(p => p.Id, p => p.Source);
        var rows = catalog.Descriptors.Select(d =>
        {
            var (enabled, severity) = configuration.Resolve(d);
            var inForce = enabled ? (configuration.ExplicitSeverity(d) ?? severity).ToName() : "off";
            return new[] { d.Id, d.Category, d.DefaultSeverity.ToName(), inForce, sources.GetValueOrDefault(d.Id, RuleInfo.BuiltInSource), d.Title };
        }).ToList();
        string[] header = ["ID", "Category", "Default", "In force", "Source", "Title"];
        var widths = Enumerable.Range(0, header.Length - 1).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        string Line(string[] cells) => string.Join("  ", cells.Take(widths.Length).Select((c, i) => c.PadRight(widths[i]))) + "  " + cells[^1];
        writer.WriteLine(Line(header));
        foreach (var row in rows)
            writer.WriteLine(Line(row));
        writer.WriteLine();
        writer.WriteLine($"{rows.Count} rules. 'listinglint rules ID' shows one rule's documentation.");
    }
}
