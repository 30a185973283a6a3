namespace ListingLint.Loading.Text;

/// <summary>Standard input copied once to a temporary file (deleted when the process exits), so it can be read more than once.</summary>
internal static class StandardInputSpool
{
    private static readonly Lazy<string> Spooled = new(Spool, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Path => Spooled.Value;

    private static string Spool()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"listinglint-stdin-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        using (var stdin = Console.OpenStandardInput())
            stdin.CopyTo(target);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }
}
