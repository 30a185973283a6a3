using System.CommandLine;
using ListingLint.Loading;
using ListingLint.Loading.Inputs;
using Newtonsoft.Json;

namespace ListingLint.Cli.Commands;

/// <summary><c>listinglint inspect &lt;path&gt;</c>: the listings as loaded, each value with the location it was read from.</summary>
public static class InspectCommand
{
    public static Command Create(CliConsole console)
    {
        var path = new Argument<string>("path") { Description = "A listing file, folder, or '-' for standard input." };
        var command = new Command("inspect", "Print listings as loaded, with the source location of every value.") { path };
        command.SetAction(result =>
        {
            var (files, missing) = new InputExpander().Expand([result.GetValue(path)!]);
            if (missing.Count > 0)
                throw new UsageException($"path not found: {missing[0]}");
            var reader = InputFormats.CreateReader(LoadOptions.Default);
            using var json = new JsonTextWriter(console.Out) { Formatting = Formatting.Indented, CloseOutput = false };
            json.WriteStartArray();
            foreach (var loaded in reader.Read(files).SelectMany(p => p.Load()))
                ListingJsonWriter.Write(json, loaded);
            json.WriteEndArray();
            json.Flush();
            console.Out.WriteLine();
            return ExitCodes.Clean;
        });
        return command;
    }
}
