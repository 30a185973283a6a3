using ListingLint.Rules.Shared;

namespace ListingLint.Rules.Tests.Caching;

public class BoundedCacheTests
{
    [Fact]
    public void RepeatedKey_IsComputedOnce()
    {
        var calls = 0;
        var cache = new BoundedCache<string, int>(key => { calls++; return key.Length; });
        Assert.Equal(5, cache["Black"]);
        Assert.Equal(5, cache["Black"]);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void FullCache_StillAnswers_ButRemembersNoMore()
    {
        var calls = 0;
        var cache = new BoundedCache<int, int>(key => { calls++; return key * 2; }, capacity: 3);
        foreach (var key in new[] { 1, 2, 3, 4, 4, 1 })
            Assert.Equal(key * 2, cache[key]);
        // 1, 2 and 3 were remembered; 4 was computed both times it was asked for.
        Assert.Equal(5, calls);
    }

    [Fact]
    public void ManyThreads_NeverRememberMoreThanTheCapacity()
    {
        var calls = 0;
        var cache = new BoundedCache<int, int>(key => { Interlocked.Increment(ref calls); return key; }, capacity: 100);
        Parallel.For(0, 10_000, i => Assert.Equal(i % 1000, cache[i % 1000]));
        var before = calls;
        for (var key = 0; key < 1000; key++)
            _ = cache[key];
        Assert.InRange(calls - before, 900, 1000);
    }
}
