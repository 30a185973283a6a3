using ListingLint.Benchmarks;

return args switch
{
    ["generate", var count, var output] => ListingGenerator.Write(int.Parse(count), output),
    ["generate", var count, var output, var seed] => ListingGenerator.Write(int.Parse(count), output, int.Parse(seed)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ListingLint.Benchmarks generate COUNT OUTPUT.ndjson [SEED]");
    return 2;
}
