using ListingLint.ImageTools;

return args.FirstOrDefault() switch
{
    "fixtures" => FixtureSet.Write(args.ElementAtOrDefault(1) ?? "."),
    "bench" => Benchmark.Run(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ListingLint.ImageTools fixtures <repository root> | bench [--count N] [--size PX] [--dir DIR]");
    return 2;
}
