using System.CommandLine;
using ListingLint.Imaging;
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
            var loadedListings = reader.Read(files).SelectMany(p => p.Load()).ToArray();
            // The image stage sees the whole batch first, as in an audit, so matches between listings show too.
            var images = new ImageFactProvider(ConfigurationResolver.Resolve(null));
            foreach (var listing in loadedListings.Select(l => l.Listing).OfType<Model.Listing>())
                images.Observe(listing);
            images.Complete();
            using var json = new JsonTextWriter(console.Out) { Formatting = Formatting.Indented, CloseOutput = false };
            json.WriteStartArray();
            foreach (var loaded in loadedListings)
                ListingJsonWriter.Write(json, loaded, loaded.Listing is { Images.Count: > 0 } listing ? ImageLines(images, listing) : null);
            json.WriteEndArray();
            json.Flush();
            console.Out.WriteLine();
            return ExitCodes.Clean;
        });
        return command;
    }

    private static string[] ImageLines(ImageFactProvider images, Model.Listing listing)
    {
        var text = new StringWriter();
        ImageFactsText.Render(images.GetFacts(listing), text);
        return text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
    }
}
