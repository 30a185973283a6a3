using ListingLint.Configuration;

namespace ListingLint.Cli;

/// <summary>The configuration in force: <c>--config</c>, else the nearest <c>listinglint.json</c>, else the defaults.</summary>
public static class ConfigurationResolver
{
    public static AuditConfiguration Resolve(string? explicitPath)
    {
        if (explicitPath is not null)
            return ConfigurationLoader.Load(explicitPath);
        var found = ConfigurationLoader.Find(Directory.GetCurrentDirectory());
        return found is null ? AuditConfiguration.Default : ConfigurationLoader.Load(found);
    }
}
