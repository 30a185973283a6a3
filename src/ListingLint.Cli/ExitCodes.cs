namespace ListingLint.Cli;

/// <summary>Process exit codes (DESIGN.md, "Command line").</summary>
public static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int BadUsage = 2;
    public const int InternalFailure = 3;
}
