using ListingLint.Diagnostics;

namespace ListingLint.Cli.Commands;

/// <summary>Everything <c>listinglint audit</c> was asked to do.</summary>
public sealed record AuditOptions(
    IReadOnlyList<string> Paths,
    string Format,
    string? Output,
    string? ConfigPath,
    Severity? FailOn,
    string? BaselinePath,
    bool UpdateBaseline,
    IReadOnlySet<string>? Only,
    int Jobs,
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Exclude,
    bool NoCache = false);
