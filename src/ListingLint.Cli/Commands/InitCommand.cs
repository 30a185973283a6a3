using System.CommandLine;
using ListingLint.Configuration;
using ListingLint.IO;

namespace ListingLint.Cli.Commands;

/// <summary><c>listinglint init</c>: writes a listinglint.json with the defaults.</summary>
public static class InitCommand
{
    public const string Template = """
        {
          "extends": "recommended",
          "rules": {},
          "categories": {},
          "brands": [],
          "referenceImages": [],
          "customRules": [],
          "images": { "maxPixels": 50000000 }
        }
        """;

    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string?>("folder") { Description = "Where to write it (default: the current folder).", Arity = ArgumentArity.ZeroOrOne };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing listinglint.json." };
        var command = new Command("init", "Write a listinglint.json with the defaults.") { folder, force };
        command.SetAction(result =>
        {
            var path = Path.Combine(Path.GetFullPath(result.GetValue(folder) ?? Directory.GetCurrentDirectory()), ConfigurationLoader.FileName);
            if (File.Exists(path) && !result.GetValue(force))
                throw new UsageException($"{ConfigurationLoader.FileName} already exists (use --force to overwrite)");
            AtomicFile.Write(path, writer => writer.WriteLine(Template));
            console.Out.WriteLine($"wrote {path}");
            return ExitCodes.Clean;
        });
        return command;
    }
}
