namespace ListingLint.ImageTools;

public static class Benchmark
{
    public static int Run(string[] args) => 0;
}
