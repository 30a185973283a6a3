using ListingLint.Diagnostics;

namespace ListingLint.Engine.Hosting;

/// <summary>A rule known to the engine: its NRules name, where it came from, and the descriptors it reports.</summary>
public sealed record RuleInfo(string Name, Type? Type, string Source, IReadOnlyList<DiagnosticDescriptor> Descriptors)
{
    public const string BuiltInSource = "built-in";

    public DiagnosticDescriptor Primary => Descriptors[0];
}
