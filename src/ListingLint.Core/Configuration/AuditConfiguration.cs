using ListingLint.Diagnostics;
using Newtonsoft.Json.Linq;

namespace ListingLint.Configuration;

/// <summary>The settings in force for an audit, read from <c>listinglint.json</c> or the defaults.</summary>
public sealed class AuditConfiguration
{
    public static AuditConfiguration Default { get; } = new();

    /// <summary>The file the settings came from; null for the defaults.</summary>
    public string? FilePath { get; init; }

    /// <summary>Folder that relative paths in the configuration resolve against.</summary>
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();

    public RuleSetName Extends { get; init; } = RuleSetName.Recommended;
    public IReadOnlyDictionary<string, RuleSetting> Rules { get; init; } = new Dictionary<string, RuleSetting>(StringComparer.OrdinalIgnoreCase);
    public IReadOnlyDictionary<string, RuleSetting> Categories { get; init; } = new Dictionary<string, RuleSetting>(StringComparer.OrdinalIgnoreCase);
    public string? Authorizations { get; init; }
    public IReadOnlyList<string> Brands { get; init; } = [];
    public IReadOnlyList<string> ReferenceImages { get; init; } = [];
    public IReadOnlyList<string> CustomRules { get; init; } = [];
    public ImageSettings Images { get; init; } = ImageSettings.Default;

    /// <summary>The whole file, for sections that extensions read themselves.</summary>
    public JObject Raw { get; init; } = new();

    public string Resolve(string relativePath) => Path.GetFullPath(relativePath, BaseDirectory);

    public RuleOptions OptionsFor(string ruleId) =>
        Rules.TryGetValue(ruleId, out var setting) ? setting.Options : RuleOptions.Empty;

    /// <summary>The severity the configuration sets for a rule, by ID or by category; null when it leaves the rule's own choice.</summary>
    public Severity? ExplicitSeverity(DiagnosticDescriptor descriptor) =>
        Rules.TryGetValue(descriptor.Id, out var own) && own.Severity is not null ? own.Severity
        : Categories.TryGetValue(descriptor.Category, out var category) ? category.Severity
        : null;

    /// <summary>Whether a rule runs and at which severity: the rule's own setting wins over its category's, which wins over <c>extends</c>.</summary>
    public (bool Enabled, Severity Severity) Resolve(DiagnosticDescriptor descriptor)
    {
        if (Rules.TryGetValue(descriptor.Id, out var own) && (own.Off || own.Severity is not null))
            return (!own.Off, own.Severity ?? descriptor.DefaultSeverity);
        if (Categories.TryGetValue(descriptor.Category, out var category) && (category.Off || category.Severity is not null))
            return (!category.Off, category.Severity ?? descriptor.DefaultSeverity);
        var enabled = Extends switch
        {
            RuleSetName.All => true,
            RuleSetName.None => false,
            _ => descriptor.EnabledByDefault,
        };
        return (enabled, descriptor.DefaultSeverity);
    }
}
