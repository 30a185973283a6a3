using ListingLint.Model;

namespace ListingLint.Engine.Authoring;

/// <summary>
/// Computes facts about a listing before its session runs (parsed claims, statistics, registry look-ups), so that
/// rules only match and report. Discovered in rule assemblies like rules; a public constructor may take the
/// <see cref="Configuration.AuditConfiguration"/>.
/// </summary>
public interface IFactProvider
{
    IEnumerable<object> GetFacts(Listing listing);

    /// <summary>
    /// The types of the facts this provider inserts. When no enabled rule matches any of them the provider is not run
    /// (an audit with only the text rules decodes no image). Null, the default, means unknown: always run.
    /// </summary>
    IReadOnlyCollection<Type>? FactTypes => null;
}
