using System.Text;
using ListingLint.Cli;

// Console.Out flushes on every write: a redirected report of 100k listings became millions of tiny write(2) calls.
using var redirectedOut = Console.IsOutputRedirected
    ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16)
    : null;
return CliApp.Run(args, redirectedOut ?? Console.Out, Console.Error);
