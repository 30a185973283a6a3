using ListingLint.ImageTools;

return args.FirstOrDefault() switch
{
    "fixtures" => FixtureSet.Write(args.ElementAtOrDefault(1) ?? "."),
    "bench" => Benchmark.Run(args.Skip(1).ToArray()),
    "inspect" => Inspect.Run(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ListingLint.ImageTools fixtures <repository root> | bench [--count N] [--size PX] [--dir DIR] | inspect [--csv] <files or folders>");
    return 2;
}
