using System.Collections.Concurrent;
using System.Reflection;
using ListingLint.Engine.Hosting;

namespace ListingLint.Engine.Plugins;

/// <summary>Loads a rule plugin assembly once per process, in its own load context, and finds its rules and fact providers.</summary>
public static class PluginLoader
{
    private static readonly ConcurrentDictionary<string, Lazy<Assembly>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The plugin's rules (with the assembly path as their source) and fact providers.</summary>
    public static RuleCatalog Load(string assemblyPath)
    {
        var fullPath = Path.GetFullPath(assemblyPath);
        var assembly = Loaded.GetOrAdd(fullPath, p => new Lazy<Assembly>(() => new PluginLoadContext(p).LoadFromAssemblyPath(p))).Value;
        return RuleCatalog.Discover([assembly], fullPath);
    }
}
