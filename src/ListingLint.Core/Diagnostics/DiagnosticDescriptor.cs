using System.Text.RegularExpressions;

namespace ListingLint.Diagnostics;

/// <summary>What a rule reports: a stable ID, its wording, category, default severity and the dispute it prevents.</summary>
public sealed partial record DiagnosticDescriptor
{
    public const string BuiltInHelpBase = "https://github.com/listinglint/listinglint/blob/main/rules/docs/";

    public DiagnosticDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        Severity defaultSeverity,
        DisputeKind prevents,
        string? description = null,
        string? helpUri = null,
        bool enabledByDefault = true)
    {
        if (!IdPattern().IsMatch(id))
            throw new ArgumentException($"'{id}' is not a valid diagnostic ID (letters followed by digits, e.g. LL1001 or ACME001).", nameof(id));
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Prevents = prevents;
        Description = description ?? title;
        HelpUri = helpUri ?? (IsBuiltIn(id) ? BuiltInHelpBase + id + ".md" : null);
        EnabledByDefault = enabledByDefault;
    }

    public string Id { get; }
    public string Title { get; }
    public string MessageFormat { get; }
    public string Category { get; }
    public Severity DefaultSeverity { get; }
    public DisputeKind Prevents { get; }
    public string Description { get; }
    public string? HelpUri { get; }
    public bool EnabledByDefault { get; }

    public static bool IsBuiltIn(string id) => id.StartsWith("LL", StringComparison.Ordinal) && id.Length == 6 && id[2..].All(char.IsAsciiDigit);

    [GeneratedRegex("^[A-Za-z]{1,16}[0-9]{1,6}$")]
    private static partial Regex IdPattern();
}
