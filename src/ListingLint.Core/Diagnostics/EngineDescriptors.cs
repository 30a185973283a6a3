namespace ListingLint.Diagnostics;

/// <summary>Diagnostics the engine itself reports (LL0xxx), the way Roslyn reports AD0001.</summary>
public static class EngineDescriptors
{
    public static readonly DiagnosticDescriptor RuleCrashed = new(
        id: "LL0001",
        title: "Rule threw an exception",
        messageFormat: "Rule {0} threw {1} on listing '{2}': {3}",
        category: Categories.Engine,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.InputError,
        description: "A rule failed while evaluating this listing. Its findings for this listing are missing; other rules' findings stand.");

    public static readonly DiagnosticDescriptor ListingUnreadable = new(
        id: "LL0002",
        title: "Listing cannot be loaded",
        messageFormat: "{0}",
        category: Categories.Engine,
        defaultSeverity: Severity.Error,
        prevents: DisputeKind.InputError,
        description: "The input could not be read as a listing. The rest of the batch is still audited.");

    public static readonly DiagnosticDescriptor InvalidSuppression = new(
        id: "LL0003",
        title: "Suppression is invalid",
        messageFormat: "{0}",
        category: Categories.Engine,
        defaultSeverity: Severity.Warning,
        prevents: DisputeKind.InputError,
        description: "A listinglint.suppress entry names no rule or gives no justification; it is ignored.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [RuleCrashed, ListingUnreadable, InvalidSuppression];
}
