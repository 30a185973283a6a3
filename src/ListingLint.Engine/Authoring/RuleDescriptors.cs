using System.Reflection;
using ListingLint.Diagnostics;

namespace ListingLint.Engine.Authoring;

/// <summary>Finds the descriptors a rule class declares as public static fields or properties.</summary>
public static class RuleDescriptors
{
    public static IReadOnlyList<DiagnosticDescriptor> Of(Type ruleType) =>
        ruleType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .Concat(ruleType.GetProperties(BindingFlags.Public | BindingFlags.Static)
                .Where(p => p.PropertyType == typeof(DiagnosticDescriptor))
                .Select(p => (DiagnosticDescriptor)p.GetValue(null)!))
            .ToArray();
}
