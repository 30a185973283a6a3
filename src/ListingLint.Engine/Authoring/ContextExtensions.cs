using System.Globalization;
using ListingLint.Diagnostics;
using ListingLint.Engine.Hosting;
using ListingLint.Model;
using NRules.RuleModel;

namespace ListingLint.Engine.Authoring;

/// <summary><c>ctx.Report(...)</c> for rule actions.</summary>
public static class ContextExtensions
{
    public static void Report(this IContext context, DiagnosticDescriptor descriptor, Location location, Evidence evidence, params object?[] messageArgs) =>
        context.Report(descriptor, null, location, evidence, null, messageArgs);

    public static void Report(this IContext context, DiagnosticDescriptor descriptor, Severity? severity, Location location, Evidence evidence, string? fix, params object?[] messageArgs)
    {
        var finding = new Finding
        {
            Descriptor = descriptor,
            Message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, messageArgs),
            Location = location,
            Evidence = evidence,
            Severity = severity,
            Fix = fix,
        };
        context.Report(finding);
    }

    /// <summary>Reports a finding built by the caller; it becomes a fact of the session only when a rule can match findings.</summary>
    public static void Report(this IContext context, Finding finding)
    {
        if (FindingSink.Current is { } sink)
            sink.Add(finding);
        else
            context.Insert(finding);
    }
}
