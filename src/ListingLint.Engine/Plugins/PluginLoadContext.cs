using System.Reflection;
using System.Runtime.Loader;

namespace ListingLint.Engine.Plugins;

/// <summary>
/// The load context of one rule plugin: the plugin's own dependencies come from its folder, while ListingLint,
/// NRules and Newtonsoft.Json come from the host, so the plugin's rules, facts and descriptors are the host's types.
/// </summary>
internal sealed class PluginLoadContext(string assemblyPath) : AssemblyLoadContext(Path.GetFileNameWithoutExtension(assemblyPath))
{
    private static readonly string[] SharedPrefixes = ["ListingLint.", "NRules", "Newtonsoft.Json"];

    private readonly AssemblyDependencyResolver _resolver = new(assemblyPath);

    public static bool IsShared(AssemblyName name) =>
        name.Name is { } simple && SharedPrefixes.Any(p => simple.Equals(p.TrimEnd('.'), StringComparison.OrdinalIgnoreCase) || simple.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (IsShared(assemblyName))
            return null;
        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
