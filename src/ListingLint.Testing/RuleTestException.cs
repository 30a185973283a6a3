namespace ListingLint.Testing;

/// <summary>A rule did not behave as a test expected; the message lists what it reported instead.</summary>
public sealed class RuleTestException(string message) : Exception(message);
