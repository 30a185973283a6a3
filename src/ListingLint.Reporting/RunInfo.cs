using ListingLint.Diagnostics;

namespace ListingLint.Reporting;

/// <summary>What a report needs to know before the first listing: the tool, the rules in force, where it ran.</summary>
public sealed record RunInfo(
    string ToolVersion,
    IReadOnlyList<DiagnosticDescriptor> Rules,
    IReadOnlyDictionary<string, Severity> EffectiveSeverities,
    string WorkingDirectory,
    DateTimeOffset StartedAt)
{
    public const string ToolName = "ListingLint";
    public const string InformationUri = "https://github.com/listinglint/listinglint";
}
