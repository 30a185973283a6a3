namespace ListingLint.Cli;

/// <summary>The command line asks for something impossible; exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
