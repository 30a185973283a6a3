using System.Diagnostics;
using System.Globalization;
using ListingLint.Reporting;
using ListingLint.Reporting.Benchmark;

// Times every report format over a synthetic batch: dotnet run -c Release --project tests/ListingLint.Reporting.Benchmark -- [count] [image folder]
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var imageFolder = args.Length > 1 ? args[1] : Path.Combine(FindRoot(), "fixtures", "report", "images");
var images = Directory.Exists(imageFolder) ? Directory.GetFiles(imageFolder).Order().ToArray() : [];
var reports = SyntheticBatch.Create(count, images).ToArray();
var run = new RunInfo("bench", SyntheticBatch.Descriptors, SyntheticBatch.Descriptors.ToDictionary(d => d.Id, d => d.DefaultSeverity),
    Directory.GetCurrentDirectory(), DateTimeOffset.UtcNow);
var output = Path.Combine(Path.GetTempPath(), "listinglint-bench");
Directory.CreateDirectory(output);

Console.WriteLine($"{count:N0} listings, {reports.Sum(r => r.Diagnostics.Count):N0} findings, {images.Length} distinct images");
foreach (var name in new[] { "html", "json", "sarif", "markdown", "junit" })
{
    Time(name, warmup: true);
    var (ms, cpu, bytes) = Time(name, warmup: false);
    Console.WriteLine($"{name,-9} {ms,7:N0} ms wall  {cpu,7:N0} ms cpu  {bytes / 1024.0 / 1024.0,6:N1} MB");
}

(long Ms, long Cpu, long Bytes) Time(string name, bool warmup)
{
    var path = Path.Combine(output, $"report.{name}");
    var process = Process.GetCurrentProcess();
    var cpuBefore = process.TotalProcessorTime;
    var stopwatch = Stopwatch.StartNew();
    using (var writer = new StreamWriter(path))
    {
        var format = ReportFormats.Create(name, writer, color: false);
        var summary = new AuditSummary();
        format.Begin(run);
        foreach (var report in warmup ? reports.Take(100) : reports)
        {
            summary.Add(report);
            format.Write(report);
        }
        format.End(summary);
    }
    process.Refresh();
    return (stopwatch.ElapsedMilliseconds, (long)(process.TotalProcessorTime - cpuBefore).TotalMilliseconds, new FileInfo(path).Length);
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ListingLint.sln")))
        dir = dir.Parent;
    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
