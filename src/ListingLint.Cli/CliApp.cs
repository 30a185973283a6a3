using System.CommandLine;
using ListingLint.Cli.Commands;
using ListingLint.Configuration;

namespace ListingLint.Cli;

/// <summary>Builds the command tree and turns every failure into the documented exit code.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ListingLint: lint marketplace product listings before they go live.");
        var console = new CliConsole(stdout, stderr);
        root.Subcommands.Add(AuditCommand.Create(console));
        root.Subcommands.Add(RulesCommand.Create(console));
        root.Subcommands.Add(InitCommand.Create(console));
        root.Subcommands.Add(InspectCommand.Create(console));
        root.Subcommands.Add(BaselineCommand.Create(console));
        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                    stderr.WriteLine("listinglint: " + error.Message);
                stderr.WriteLine("Run 'listinglint --help' for usage.");
                return ExitCodes.BadUsage;
            }
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (ConfigurationException e)
        {
            stderr.WriteLine("listinglint: " + e.Message);
            return ExitCodes.BadUsage;
        }
        catch (UsageException e)
        {
            stderr.WriteLine("listinglint: " + e.Message);
            return ExitCodes.BadUsage;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"listinglint: internal failure: {e}");
            return ExitCodes.InternalFailure;
        }
    }
}
