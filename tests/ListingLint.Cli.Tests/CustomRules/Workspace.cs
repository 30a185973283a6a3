using System.Reflection;
using ListingLint.Cli;

namespace ListingLint.Cli.Tests.CustomRules;

/// <summary>A throw-away folder with a listinglint.json, rule files and listings, and the CLI run in-process against it.</summary>
internal sealed class Workspace : IDisposable
{
    public Workspace() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "listinglint-tests", Guid.NewGuid().ToString("N"));

    public string Config => Path.Combine(Root, "listinglint.json");

    /// <summary>The example plugin, built before these tests (see the project file).</summary>
    public static string AcmePlugin { get; } = Path.GetFullPath(typeof(Workspace).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "AcmePluginPath").Value!.Replace('\\', Path.DirectorySeparatorChar));

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
