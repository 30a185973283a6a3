using System.CommandLine;
using ListingLint.Diagnostics;
using ListingLint.Engine.Hosting;

namespace ListingLint.Cli.Commands;

/// <summary><c>listinglint rules [ID]</c>: the rule table, or one rule's documentation.</summary>
public static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string?>("id") { Description = "A rule ID to show in full.", Arity = ArgumentArity.ZeroOrOne };
        var config = new Option<string?>("--config", "-c") { Description = "Configuration file (default: the nearest listinglint.json)." };
        var command = new Command("rules", "List the rules, or show one rule's documentation.") { id, config };
        command.SetAction(result =>
        {
            var configuration = ConfigurationResolver.Resolve(result.GetValue(config));
            var catalog = RuleSources.Catalog(configuration);
            var wanted = result.GetValue(id);
            if (wanted is null)
            {
                RuleTable.Write(console.Out, catalog, configuration);
                return ExitCodes.Clean;
            }
            var descriptor = catalog.Find(wanted) ?? throw new UsageException($"unknown rule '{wanted}' (run 'listinglint rules' for the list)");
            var rule = catalog.Rules.FirstOrDefault(r => r.Descriptors.Contains(descriptor));
            WriteDetails(console.Out, descriptor, rule, configuration);
            return ExitCodes.Clean;
        });
        return command;
    }

    private static void WriteDetails(TextWriter writer, DiagnosticDescriptor descriptor, RuleInfo? rule, Configuration.AuditConfiguration configuration)
    {
        var page = DocsPage(descriptor.Id);
        if (page is not null)
        {
            writer.Write(File.ReadAllText(page));
        }
        else
        {
            writer.WriteLine($"# {descriptor.Id}: {descriptor.Title}");
            writer.WriteLine();
            writer.WriteLine(descriptor.Description);
        }
        if (rule is not null && rule.Source != RuleInfo.BuiltInSource)
            writer.WriteLine($"Message: {descriptor.MessageFormat}");
        var (enabled, severity) = configuration.Resolve(descriptor);
        writer.WriteLine();
        writer.WriteLine($"Category: {descriptor.Category}. Default severity: {descriptor.DefaultSeverity.ToName()}. " +
                         $"In force: {(enabled ? (configuration.ExplicitSeverity(descriptor) ?? severity).ToName() : "off")}. " +
                         $"Source: {rule?.Source ?? RuleInfo.BuiltInSource}. Help: {descriptor.HelpUri ?? "-"}");
    }

    private static string? DocsPage(string id)
    {
        var page = Path.Combine(AppContext.BaseDirectory, "docs", id + ".md");
        return File.Exists(page) ? page : null;
    }
}
